import type { TSESLint } from '@typescript-eslint/utils';
import packageJson from '../package.json' with { type: 'json' };
import { rules } from './rules/index.js';
import { SETTINGS_KEY } from './settings.js';

type FlatConfig = TSESLint.FlatConfig.Config;

interface ExchangeErrorsPlugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: typeof rules;
  readonly configs: {
    readonly recommended: FlatConfig;
    readonly 'recommended-type-checked': FlatConfig;
    readonly strict: FlatConfig;
  };
}

const configs = {} as { -readonly [K in keyof ExchangeErrorsPlugin['configs']]: FlatConfig };

const plugin: ExchangeErrorsPlugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs,
};

const plugins = { [SETTINGS_KEY]: plugin as unknown as TSESLint.FlatConfig.Plugin };

configs.recommended = {
  name: '@exchange-errors/recommended',
  plugins,
  rules: {
    '@exchange-errors/exhaustive-retryable-switch': 'error',
    '@exchange-errors/no-blind-retry': 'error',
    '@exchange-errors/no-error-message-comparison': 'error',
    '@exchange-errors/no-magic-error-codes': 'error',
    '@exchange-errors/no-unknown-error-code': 'error',
  },
};
// Needs `parserOptions.projectService` (or `project`) from typescript-eslint in the user's config.
configs['recommended-type-checked'] = {
  ...configs.recommended,
  name: '@exchange-errors/recommended-type-checked',
  settings: { [SETTINGS_KEY]: { typeAware: true } },
};
configs.strict = {
  name: '@exchange-errors/strict',
  plugins,
  rules: {
    '@exchange-errors/exhaustive-retryable-switch': ['error', { requireAll: true }],
    '@exchange-errors/no-blind-retry': 'error',
    '@exchange-errors/no-error-message-comparison': 'error',
    '@exchange-errors/no-magic-error-codes': ['error', { contexts: 'all' }],
    '@exchange-errors/no-unknown-error-code': ['error', { numbers: 'all' }],
  },
};

export default plugin;
