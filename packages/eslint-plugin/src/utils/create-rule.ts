import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

/** Every rule's docs URL, one scheme for all. */
function docsUrl(name: string): string {
  return `https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`;
}

/** What a configuration may give for options whose every field has a default: any of the fields. */
export type ConfiguredOptions<Options extends readonly object[]> = {
  [Position in keyof Options]: Partial<Options[Position]>;
};

type RuleDefinition<Options extends readonly object[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds>
> & { readonly meta: { readonly defaultOptions: Options } };

/**
 * Each configured option merged over its default. typescript-eslint's `applyDefault` first deep-clones the defaults
 * with `structuredClone`, in every file for every rule. No rule mutates its options, so the defaults are shared
 * instead; ESLint 9.15 and later already hand an unconfigured rule its `meta.defaultOptions` themselves.
 */
function withDefaults<Options extends readonly object[]>(defaults: Options, configured: readonly unknown[]): Options {
  return defaults.map((fallback, position) => {
    const given = configured[position];
    if (given === undefined || given === fallback) return fallback;
    return ESLintUtils.isObjectNotArray(given) && ESLintUtils.isObjectNotArray(fallback)
      ? ESLintUtils.deepMerge(fallback, given)
      : given;
  }) as unknown as Options;
}

/**
 * Creates a rule whose `create` receives every option field, filled from `meta.defaultOptions`, the one place
 * defaults are stated; configurations and tests may give any subset of the fields.
 */
export function createRule<Options extends readonly object[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleDefinition<Options, MessageIds>): TSESLint.RuleModule<MessageIds, ConfiguredOptions<Options>> & {
  readonly name: string;
} {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    create: (context) =>
      create(
        context as unknown as Readonly<TSESLint.RuleContext<MessageIds, Options>>,
        withDefaults(meta.defaultOptions, context.options),
      ),
  };
}

/** The context of any of the plugin's rules, as the shared helpers take it. */
export type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
