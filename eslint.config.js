// @ts-check
import js from '@eslint/js';
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
);
