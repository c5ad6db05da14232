import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const fixturesDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const typeAwareDirectory = path.join(fixturesDirectory, 'type-aware');

// Factories rather than shared instances: eslint-plugin-eslint-plugin's test rules find the cases of a
// `create…RuleTester().run(…)` call (its `ruleTesterConstructors` setting), not of an imported tester.

/** TypeScript sources through @typescript-eslint/parser, as ES modules. */
export function createTypeScriptRuleTester(): RuleTester {
  return new RuleTester();
}

/** JavaScript sources through espree, the parser ESLint uses by default. */
export function createJavaScriptRuleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } });
}

/** JavaScript CommonJS files (`.cjs`, or `sourceType: 'commonjs'`) through espree. */
export function createCommonJsRuleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'commonjs' } });
}

/** TypeScript with type information from a fixture tsconfig, with `typeAware` on. */
export function createTypeAwareRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: typeAwareDirectory },
    },
    settings: { '@exchange-errors': { typeAware: true } },
  });
}

/** Settings that load the fixture catalogue with codes -9001 (retryable) and -9002. */
export const customCatalogueSettings = {
  '@exchange-errors': {
    catalogue: path.join(fixturesDirectory, 'custom-catalogue.mjs'),
    importSource: '#venue-errors',
  },
};

/** Directories whose package.json says `"type": "commonjs"` and `"type": "module"`, for files named by path. */
export const commonjsPackageDirectory = path.join(fixturesDirectory, 'module-kind', 'commonjs-package');
export const modulePackageDirectory = path.join(fixturesDirectory, 'module-kind', 'module-package');
