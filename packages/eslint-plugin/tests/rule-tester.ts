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

/** TypeScript sources through @typescript-eslint/parser, as ES modules. */
export const typescriptTester = new RuleTester();

/** JavaScript sources through espree, the parser ESLint uses by default. */
export const javascriptTester = new RuleTester({
  languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' },
});

/** TypeScript with type information from a fixture tsconfig, with `typeAware` on. */
export const typeAwareTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: typeAwareDirectory },
  },
  settings: { '@exchange-errors': { typeAware: true } },
});

/** Settings that load the fixture catalogue with codes -9001 (retryable) and -9002. */
export const customCatalogueSettings = {
  '@exchange-errors': {
    catalogue: path.join(fixturesDirectory, 'custom-catalogue.mjs'),
    importSource: '#venue-errors',
  },
};

/** JavaScript CommonJS files (`.cjs`, or `sourceType: 'commonjs'`) through espree. */
export const commonjsTester = new RuleTester({
  languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'commonjs' },
});

/** Directories whose package.json says `"type": "commonjs"` and `"type": "module"`, for files named by path. */
export const commonjsPackageDirectory = path.join(fixturesDirectory, 'module-kind', 'commonjs-package');
export const modulePackageDirectory = path.join(fixturesDirectory, 'module-kind', 'module-package');
