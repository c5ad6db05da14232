import { catalogue } from '@exchange-errors/catalogue';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../../src/catalogue-index.js';
import { classifyCodeCase, isCodeConstantCase } from '../../src/utils/code-case.js';
import { probe } from './probe.js';

const index = indexCatalogue(catalogue);
const importSource = '@exchange-errors/catalogue';

/** `[name, style]` for every case test of the code, `undefined` for a case that spells no catalogue error. */
function classify(code: string): ([string, string] | undefined)[] {
  return probe(code, 'SwitchCase > .test', (node, context) => {
    const found = classifyCodeCase(node as TSESTree.Expression, { context, index, importSource });
    return found === undefined ? undefined : [found.definition.name, found.style];
  });
}

describe('classifyCodeCase', () => {
  it('reads codes, numeric strings and names', () => {
    expect(
      classify("switch (c) { case -1121: case '-1007': case 'TIMEOUT': case 'OPEN': case 1121: case -4242: }"),
    ).toEqual([['BAD_SYMBOL', 'code'], ['TIMEOUT', 'code'], ['TIMEOUT', 'name'], undefined, undefined, undefined]);
  });

  it('reads constants of the import source under any local name, and an ExchangeErrorCode not yet imported', () => {
    const imports = `import { ExchangeErrorCode as EC } from '${importSource}';\nimport * as errors from '${importSource}';`;
    expect(
      classify(`${imports}\nswitch (c) { case EC.TIMEOUT: case errors.ExchangeErrorCode['UNKNOWN']: case EC.NOPE: }`),
    ).toEqual([['TIMEOUT', 'constant'], ['UNKNOWN', 'constant'], undefined]);
    expect(classify('switch (c) { case ExchangeErrorCode.TIMEOUT: }')).toEqual([['TIMEOUT', 'constant']]);
  });

  it("does not take a project's own object, or another module's ExchangeErrorCode, for the catalogue's", () => {
    expect(
      classify("import { ExchangeErrorCode } from './elsewhere';\nswitch (c) { case ExchangeErrorCode.TIMEOUT: }"),
    ).toEqual([undefined]);
    expect(classify('const Codes = { TIMEOUT: -1007 };\nswitch (c) { case Codes.TIMEOUT: }')).toEqual([undefined]);
  });
});

describe('isCodeConstantCase', () => {
  it('is a code or a constant, not a name', () => {
    const answers = probe(
      "switch (c) { case -1121: case ExchangeErrorCode.TIMEOUT: case 'TIMEOUT': }",
      'SwitchCase > .test',
      (node, context) => isCodeConstantCase(node as TSESTree.Expression, { context, index, importSource }),
    );
    expect(answers).toEqual([true, true, false]);
  });
});
