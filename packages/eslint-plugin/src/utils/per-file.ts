import type { TSESLint } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';

/**
 * `compute` run once per file and catalogue, its result shared by every rule that asks while the file is linted:
 * kept as long as the `SourceCode` and the catalogue index live.
 */
export function perFile<Result>(
  compute: (sourceCode: TSESLint.SourceCode, index: CatalogueIndex) => Result,
): (sourceCode: TSESLint.SourceCode, index: CatalogueIndex) => Result {
  const resultsByIndex = new WeakMap<CatalogueIndex, WeakMap<TSESLint.SourceCode, Result>>();
  return (sourceCode, index) => {
    let results = resultsByIndex.get(index);
    if (results === undefined) {
      results = new WeakMap();
      resultsByIndex.set(index, results);
    }
    if (!results.has(sourceCode)) results.set(sourceCode, compute(sourceCode, index));
    return results.get(sourceCode) as Result;
  };
}
