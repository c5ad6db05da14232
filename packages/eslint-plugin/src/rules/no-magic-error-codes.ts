import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { candidateLiteralsAt, prescan, type CandidateTest } from '../prescan.js';
import { getPluginSettings } from '../settings.js';
import { CODES_EXPORT, planCodeReference } from '../utils/code-reference.js';
import { readCodeLiteral, type CodeLiteral } from '../utils/code-literal.js';
import { nameGivenToCode, namesAgree } from '../utils/code-name.js';
import { isConstantEnumInitializer, isNumericOperand } from '../utils/constant-positions.js';
import { createRule } from '../utils/create-rule.js';
import { isErrorCodeContext, mapOfEntryKey } from '../utils/error-code-context.js';
import { outermostValue } from '../utils/ast.js';
import { codePatternSchema, compileCodePattern, DEFAULT_CODE_PATTERN } from '../utils/name-patterns.js';

export type Options = [
  {
    /** Codes (or names) that may stay numbers. */
    ignore: (number | string)[];
    /** `error-code`: only in error-code contexts; `all`: every literal that is a catalogue code. */
    contexts: 'error-code' | 'all';
    codePattern: string;
  },
];
export type MessageIds = 'magicErrorCode' | 'codeNamedOtherwise' | 'replaceWithConstant';

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

/** A character that would join the constant to the word next to it: minified `case-1121:` must not become `caseEC.X:`. */
const WORD_CHARACTER = /[\p{ID_Continue}$\u200C\u200D]/u;

/**
 * The replacement text: a non-computed key (of an object, a class member or an interface member) must become
 * computed to hold an expression, and a space keeps the constant apart from an adjacent keyword or name.
 */
function replacementText(node: CodeLiteral['node'], expression: string, text: string): string {
  const parent = node.parent as Partial<Record<'key' | 'computed', unknown>>;
  const isPlainKey = parent.key === node && parent.computed === false;
  const before = WORD_CHARACTER.test(text[node.range[0] - 1] ?? '') ? ' ' : '';
  const after = WORD_CHARACTER.test(text[node.range[1]] ?? '') ? ' ' : '';
  return `${before}${isPlainKey ? `[${expression}]` : expression}${after}`;
}

/** Files whose arrays get static types: `.ts`, `.tsx`, `.mts`, `.cts`. */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/u;

/** A declared type, or an assignment to a variable that has one, keeps a value's type whatever its elements. */
function hasDeclaredType(value: TSESTree.ArrayExpression | TSESTree.NewExpression): boolean {
  const { parent } = value;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.PropertyDefinition:
      return (parent.type === AST_NODE_TYPES.VariableDeclarator ? parent.id : parent).typeAnnotation !== undefined;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return true;
    default:
      return false;
  }
}

/**
 * In TypeScript, an array without a declared type is inferred from its elements: once every element is a constant,
 * `number[]` narrows to a union of code literals and `codes.includes(code)` with `code: number` no longer compiles.
 */
function fixNarrowsArrayType(
  node: CodeLiteral['node'],
  isFixedToConstant: (element: TSESTree.Node) => boolean,
): boolean {
  const array = node.parent;
  return (
    array.type === AST_NODE_TYPES.ArrayExpression &&
    !hasDeclaredType(array) &&
    array.elements.every((element) => element !== null && isFixedToConstant(element))
  );
}

/**
 * A `new Map([[-1021, f]])` without type arguments infers its key type from the keys: a constant's literal type
 * there makes `map.get(code)` with `code: number` stop compiling.
 */
function fixNarrowsMapKeyType(node: CodeLiteral['node']): boolean {
  const map = mapOfEntryKey(outermostValue(node));
  return map !== undefined && map.typeArguments === undefined && !hasDeclaredType(map);
}

/** Every finding is a literal that spells a catalogue code. */
export const mayReport: CandidateTest = (scan) => scan.has('catalogue-code');

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
          codePattern: codePatternSchema,
        },
      },
    ],
    defaultOptions: [{ ignore: [], contexts: 'error-code', codePattern: DEFAULT_CODE_PATTERN }],
    messages: {
      magicErrorCode: 'Magic error code {{raw}}: write {{constant}}.',
      codeNamedOtherwise:
        "Error code {{raw}} is named {{given}} here, but the catalogue's {{raw}} is {{name}}: the code probably " +
        "belongs to another exchange; set settings['@exchange-errors'].catalogue to that exchange's catalogue. " +
        'If it is this exchange, write {{constant}}.',
      replaceWithConstant: 'Replace {{raw}} with {{constant}}.',
    },
  },
  create(context, [{ ignore, contexts, codePattern }]) {
    const { index, importSource } = getPluginSettings(context);
    const scope = { context, index, importSource, codePattern: compileCodePattern(codePattern) };
    const ignored = ignoredDefinitions(ignore, index);
    const { sourceCode } = context;
    const scan = prescan(sourceCode, index);
    if (!mayReport(scan)) return {};
    const typeScript = TYPESCRIPT_FILE.test(context.filename);
    const isFixedToConstant = (element: TSESTree.Node): boolean => {
      const literal = element.type === AST_NODE_TYPES.UnaryExpression ? element.argument : element;
      if (literal.type !== AST_NODE_TYPES.Literal) return false;
      const code = readCodeLiteral(literal, index);
      return code?.node === element && !code.isString && !ignored.has(code.definition);
    };

    function checkLiteral(literal: TSESTree.Literal): void {
      // Cheap range checks first; scope and context work only for literals that are catalogue codes.
      const code = readCodeLiteral(literal, index);
      if (code === undefined || ignored.has(code.definition)) return;
      if (contexts === 'error-code' && !isErrorCodeContext(code.node, scope)) return;

      const raw = sourceCode.getText(code.node);
      const reference = planCodeReference(context, code.node, importSource);
      const constant = `${reference?.objectText ?? CODES_EXPORT}.${code.definition.name}`;
      const data = { raw, constant };
      // A code named otherwise where it is written is probably another exchange's: rewriting it would rename it.
      const given = nameGivenToCode(code.node, sourceCode);
      if (given !== undefined && !namesAgree(given, code.definition.name)) {
        context.report({
          node: code.node,
          messageId: 'codeNamedOtherwise',
          data: { raw, constant, given, name: code.definition.name },
        });
        return;
      }
      // An enum that needs constant initializers does not compile with a property there, and a number that is
      // computed with would then read as that error: no edit at all.
      if (reference === undefined || isConstantEnumInitializer(code.node) || isNumericOperand(code.node)) {
        context.report({ node: code.node, messageId: 'magicErrorCode', data });
        return;
      }
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
        ...reference.bindingFixes(fixer),
        fixer.replaceText(code.node, replacementText(code.node, constant, sourceCode.text)),
      ];
      // A numeric string changes type when replaced; CommonJS gets a `require` the author should confirm;
      // a TypeScript array or map can change type when its elements or keys become constants.
      const autofix =
        reference.autofixable &&
        !code.isString &&
        !(typeScript && (fixNarrowsArrayType(code.node, isFixedToConstant) || fixNarrowsMapKeyType(code.node)));
      context.report({
        node: code.node,
        messageId: 'magicErrorCode',
        data,
        ...(autofix ? { fix } : { suggest: [{ messageId: 'replaceWithConstant', data, fix }] }),
      });
    }

    // Only the literals at the candidates; ESLint sorts the reports by position.
    return {
      Program() {
        for (const literal of candidateLiteralsAt(sourceCode, index, scan.catalogueCodeOffsets)) checkLiteral(literal);
      },
    } satisfies TSESLint.RuleListener;
  },
});
