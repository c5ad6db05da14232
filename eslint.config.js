// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    name: 'exchange-errors/ignores',
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.cache/**', '**/fixtures/**', '**/fixture/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'exchange-errors/node',
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The ESLint plugin lints its own rules with eslint-plugin-eslint-plugin.
    ...eslintPlugin.configs.recommended,
    name: 'exchange-errors/eslint-plugin-rules',
    files: ['packages/eslint-plugin/src/rules/**/*.ts'],
    ignores: ['packages/eslint-plugin/src/rules/index.ts'],
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      // Off: createRule (ESLintUtils.RuleCreator) writes meta.docs.url from the rule name, which this rule cannot
      // see (and RuleCreator's types forbid a url in meta.docs). tests/eslint-api.test.ts checks every built
      // rule's meta.docs.url points at its docs/rules/<rule>.md instead.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/no-incomplete-meta-schema': 'error',
      'eslint-plugin/no-matching-violation-suggest-message-ids': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/prefer-replace-text': 'error',
    },
  },
  {
    // The rule tests, linted as test cases: the tester factories of tests/rule-tester.ts count as RuleTester
    // constructions through `ruleTesterConstructors`.
    ...eslintPlugin.configs.tests,
    name: 'exchange-errors/eslint-plugin-tests',
    files: ['packages/eslint-plugin/tests/**/*.ts'],
    settings: { 'eslint-plugin': { ruleTesterConstructors: ['RuleTester', /^create\w+RuleTester$/] } },
    rules: {
      ...eslintPlugin.configs.tests.rules,
      // Off: a case's code and its comment already say what it checks; a name would repeat them.
      'eslint-plugin/require-test-case-name': 'off',
      // The plugin's default order with `name` and `settings` placed: a key outside the order must come last.
      'eslint-plugin/test-case-property-ordering': [
        'error',
        ['name', 'filename', 'code', 'output', 'options', 'settings', 'languageOptions', 'errors'],
      ],
    },
  },
);
