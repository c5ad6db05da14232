import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

/** Every rule of the plugin is built with this creator, so all docs URLs share one scheme. */
const createNamedRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
);

/** What a configuration may give for options whose every field has a default: any of the fields. */
export type ConfiguredOptions<Options extends readonly object[]> = {
  [Position in keyof Options]: Partial<Options[Position]>;
};

type RuleDefinition<Options extends readonly object[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds>
> & { readonly meta: { readonly defaultOptions: Options } };

/**
 * Creates a rule whose `create` receives every option field, filled from `meta.defaultOptions`, the one place
 * defaults are stated; configurations and tests may give any subset of the fields.
 */
export function createRule<Options extends readonly object[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, ConfiguredOptions<Options>> & { readonly name: string } {
  // The creator merges `meta.defaultOptions` into the configured options before calling `create`.
  return createNamedRule(rule) as unknown as TSESLint.RuleModule<MessageIds, ConfiguredOptions<Options>> & {
    readonly name: string;
  };
}

/** The context of any of the plugin's rules, as the shared helpers take it. */
export type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
