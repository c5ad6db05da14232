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
    // The ESLint plugin lints its own rules with eslint-plugin-eslint-plugin. Its test rules are not enabled: the
    // RuleTesters are built in tests/rule-tester.ts, and the plugin only sees testers constructed in the test file.
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
);
