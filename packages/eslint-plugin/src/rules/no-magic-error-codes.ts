import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { getPluginSettings } from '../settings.js';
import { CODES_EXPORT, planCodeReference } from '../utils/code-reference.js';
import { createRule } from '../utils/create-rule.js';
import { compileCodePattern, DEFAULT_CODE_PATTERN, isErrorCodeContext, readCodeLiteral, type CodeLiteral } from '../utils/error-code-context.js';

export type Options = [
  {
    /** Codes (or names) that may stay numbers. */
    ignore?: (number | string)[];
    /** `error-code`: only in error-code contexts; `all`: every literal that is a catalogue code. */
    contexts?: 'error-code' | 'all';
    codePattern?: string;
  },
];
export type MessageIds = 'magicErrorCode' | 'replaceWithConstant';

function ignoredDefinitions(ignore: readonly (number | string)[], index: CatalogueIndex): Set<ExchangeErrorDefinition> {
  return new Set(
    ignore.map((entry) => {
      const definition = index.catalogue.get(entry);
      if (definition === undefined) {
        throw new Error(
          `@exchange-errors/no-magic-error-codes: option ignore lists ${JSON.stringify(entry)}, which is not a code ` +
            'or name of the catalogue; remove it or fix the typo.',
        );
      }
      return definition;
    }),
  );
}

/** The replacement text; a non-computed object key must become computed to hold an expression. */
function replacementText(node: CodeLiteral['node'], expression: string): string {
  const { parent } = node;
  const isPlainKey =
    (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition) &&
    parent.key === node &&
    !parent.computed;
  return isPlainKey ? `[${expression}]` : expression;
}

export default createRule<Options, MessageIds>({
  name: 'no-magic-error-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow exchange error codes written as numbers where `ExchangeErrorCode` constants belong',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignore: {
            type: 'array',
            description: 'Codes or names that may stay literal.',
            items: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
            uniqueItems: true,
          },
          contexts: {
            type: 'string',
            description: 'Report codes only in error-code contexts, or every literal that is a catalogue code.',
            enum: ['error-code', 'all'],
          },
          codePattern: {
            type: 'string',
            description: 'Regular expression (case-insensitive) for names that hold an error code.',
          },
        },
      },
    ],
    defaultOptions: [{ ignore: [], contexts: 'error-code', codePattern: DEFAULT_CODE_PATTERN }],
    messages: {
      magicErrorCode: 'Magic error code {{raw}}: write {{constant}}.',
      replaceWithConstant: 'Replace {{raw}} with {{constant}}.',
    },
  },
  create(context, [{ ignore = [], contexts = 'error-code', codePattern = DEFAULT_CODE_PATTERN }]) {
    const { index, importSource } = getPluginSettings(context);
    const pattern = compileCodePattern(codePattern);
    const ignored = ignoredDefinitions(ignore, index);
    const { sourceCode } = context;

    return {
      Literal(literal) {
        // Cheap set lookup first; scope and context work only for literals that are catalogue codes.
        const code = readCodeLiteral(literal, index);
        if (code === undefined || ignored.has(code.definition)) return;
        if (contexts === 'error-code' && !isErrorCodeContext(code.node, pattern, index)) return;

        const raw = sourceCode.getText(code.node);
        const reference = planCodeReference(context, code.node, importSource);
        const constant = `${reference?.objectText ?? CODES_EXPORT}.${code.definition.name}`;
        const data = { raw, constant };
        if (reference === undefined) {
          context.report({ node: code.node, messageId: 'magicErrorCode', data });
          return;
        }
        const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
          ...reference.bindingFixes(fixer),
          fixer.replaceText(code.node, replacementText(code.node, constant)),
        ];
        // A numeric string changes type when replaced; CommonJS gets a `require` the author should confirm.
        const autofix = reference.autofixable && !code.isString;
        context.report({
          node: code.node,
          messageId: 'magicErrorCode',
          data,
          ...(autofix ? { fix } : { suggest: [{ messageId: 'replaceWithConstant', data, fix }] }),
        });
      },
    } satisfies TSESLint.RuleListener;
  },
});

