import { ESLintUtils } from '@typescript-eslint/utils';

/** Every rule of the plugin is built with this creator, so all docs URLs share one scheme. */
export const createRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
);
