import { joinAlternatives, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPluginSettings } from '../settings.js';
import { CODES_EXPORT, planCodeReference } from '../utils/code-reference.js';
import { createRule } from '../utils/create-rule.js';
import { EQUALITY_OPERATORS, innermostValue, isTestPosition, staticStringValue } from '../utils/ast.js';
import { hasCode, isUnderCodeCheck } from '../utils/error-object.js';
import { attributeOneOf, methodCallWithArgument, staticStringAt } from '../utils/selectors.js';
import {
  definitionsMatchingPattern,
  definitionsMatchingText,
  definitionsNamedInText,
} from '../utils/message-fragment.js';
import { compileNamePattern, DEFAULT_MESSAGE_PATTERN, endsInNameMatching } from '../utils/name-patterns.js';

export type Options = [{ messagePattern: string }];
export type MessageIds = 'compareCodeNotMessage' | 'compareCode';

/** String methods that look for their argument in the text they are called on. */
const SEARCH_IN_TEXT_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'search',
]);
/** Regular expression methods that look in the text they are given. */
const PATTERN_SEARCH_METHODS: ReadonlySet<string> = new Set(['test', 'exec']);
/** Array methods that hand each element to a callback: `['Error -1021', …].some((text) => msg.includes(text))`. */
const ELEMENT_CALLBACK_METHODS = new Set(['some', 'every', 'find', 'findIndex', 'filter']);
/** Calls that answer true or false, as the code comparison that replaces them does. */
const BOOLEAN_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'test']);
/** Calls that answer null or an array: replaceable where only their truthiness is used. */
const TRUTHY_METHODS = new Set(['match', 'exec']);
/** Calls that change an error's text without making it another text: `e.message.toLowerCase()` is still the message. */
const TEXT_NORMALISATIONS = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
]);
const TO_STRING = new Set(['toString']);
/** Where a `===` comparison can stand without parentheses. */
const LOOSE_PARENTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.WhileStatement,
]);

/** How a code comparison can take the place of a message comparison. */
type Replacement = 'equality' | 'boolean' | 'truthy' | 'none';

interface MessageComparison {
  /** The comparison: what is reported and, for a search call, what a code comparison replaces. */
  readonly node: TSESTree.Node;
  /** The expression that reads the error's text, e.g. `e.message.toLowerCase()`. */
  readonly errorText: TSESTree.Node;
  /** The string or regular expression literal compared with it. */
  readonly compared: TSESTree.Node;
  readonly replacement: Replacement;
  /** A search in the text (`includes`, `match`, `test`…), rather than an equality or a `case`. */
  readonly isSearch: boolean;
}

function replacementOf(method: string): Replacement {
  return BOOLEAN_METHODS.has(method) ? 'boolean' : TRUTHY_METHODS.has(method) ? 'truthy' : 'none';
}

/** `object.method(…)`, `object?.method(…)`. */
type MethodCall = TSESTree.CallExpression & { callee: TSESTree.MemberExpression & { property: TSESTree.Identifier } };
/** `object.method(first, …)`: the calls `methodCallWithArgument` selects. */
type MethodCallWithArgument = MethodCall & {
  arguments: [TSESTree.CallExpressionArgument, ...TSESTree.CallExpressionArgument[]];
};

/*
 * The node shapes the listeners read, so that ESLint calls them on nothing else: an equality with a static string
 * on one side, a call of a search or list method with an argument, a `case` of a static string.
 */
const TEXT_EQUALITY =
  `BinaryExpression${attributeOneOf('operator', EQUALITY_OPERATORS)}` +
  `:matches(${staticStringAt('left')}, ${staticStringAt('right')})`;
const SEARCH_CALL = methodCallWithArgument([
  ...SEARCH_IN_TEXT_METHODS,
  ...PATTERN_SEARCH_METHODS,
  ...ELEMENT_CALLBACK_METHODS,
]);
const TEXT_CASE = `SwitchCase${staticStringAt('test')}`;

function isCall(node: TSESTree.Node, methods: ReadonlySet<string>): node is MethodCall {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    !node.callee.computed &&
    node.callee.property.type === AST_NODE_TYPES.Identifier &&
    methods.has(node.callee.property.name)
  );
}

/**
 * The expression an error's text is read from: `e.message` of `e?.message?.toLowerCase()` or
 * `String(e.message).trim()`, `err` of `err.toString()` and `` `${err}` ``; `converted` when that expression was
 * turned into text, so it may be the error object itself.
 */
function textSourceOf(node: TSESTree.Node): { source: TSESTree.Node; converted: boolean } {
  let current = node;
  let converted = false;
  for (;;) {
    current = innermostValue(current);
    if (isCall(current, TEXT_NORMALISATIONS)) {
      current = current.callee.object;
      converted = false;
    } else {
      const argument = convertedToText(current);
      if (argument === undefined) return { source: current, converted };
      current = argument;
      converted = true;
    }
  }
}

function textSource(node: TSESTree.Node): TSESTree.Node {
  return textSourceOf(node).source;
}

/** The value `String(err)`, `err.toString()` or `` `${err}` `` turns into text: an error reads as its message. */
function convertedToText(node: TSESTree.Node): TSESTree.Node | undefined {
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'String' &&
    node.arguments.length === 1
  ) {
    return node.arguments[0];
  }
  if (isCall(node, TO_STRING) && node.arguments.length === 0) return node.callee.object;
  if (
    node.type === AST_NODE_TYPES.TemplateLiteral &&
    node.expressions.length === 1 &&
    node.quasis.every((quasi) => quasi.value.cooked === '')
  ) {
    return node.expressions[0];
  }
  return undefined;
}

function isTextLiteral(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateLiteral;
}

/** The operands of `a || b && c`, through nested logical expressions. */
function logicalLeaves(node: TSESTree.Node): TSESTree.Node[] {
  return node.type === AST_NODE_TYPES.LogicalExpression
    ? [...logicalLeaves(node.left), ...logicalLeaves(node.right)]
    : [node];
}

/** A call's outermost node: the `ChainExpression` around `e.message?.includes(…)`. */
function outermostCall(call: TSESTree.CallExpression): TSESTree.Node {
  return call.parent.type === AST_NODE_TYPES.ChainExpression ? call.parent : call;
}

export default createRule<Options, MessageIds>({
  name: 'no-error-message-comparison',
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow comparing an error's message with a catalogue message instead of comparing its code",
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          messagePattern: {
            type: 'string',
            description: "Regular expression (case-insensitive) for names that hold an error's text.",
          },
        },
      },
    ],
    defaultOptions: [{ messagePattern: DEFAULT_MESSAGE_PATTERN }],
    messages: {
      compareCodeNotMessage:
        'Compare the error code ({{constants}}) instead of the message {{message}}: messages vary between servers.',
      compareCode: 'Compare {{code}} with {{constant}} instead.',
    },
  },
  create(context, [{ messagePattern }]) {
    const { index, importSource, typeAware } = getPluginSettings(context);
    const pattern = compileNamePattern(messagePattern, 'messagePattern', DEFAULT_MESSAGE_PATTERN);
    const { sourceCode } = context;

    function isErrorText(node: TSESTree.Node): boolean {
      return endsInNameMatching(textSource(node), pattern);
    }

    /**
     * The definitions whose message the compared text is; for a search in the text (`includes`, `test`, …), also
     * those it names by code or name. A value equal to `'-2015'` is a code kept as a string, not a message.
     */
    function matchingDefinitions(compared: TSESTree.Node, isSearch: boolean): readonly ExchangeErrorDefinition[] {
      const text = staticStringValue(compared);
      const isPattern = compared.type === AST_NODE_TYPES.Literal && compared.value instanceof RegExp;
      const byMessage =
        text !== undefined
          ? definitionsMatchingText(index, text)
          : isPattern
            ? definitionsMatchingPattern(index, compared.value as RegExp)
            : [];
      if (byMessage.length > 0 || !isSearch) return byMessage;
      const searched = text ?? (isPattern ? (compared.value as RegExp).source : undefined);
      return searched === undefined ? [] : definitionsNamedInText(index, searched);
    }

    /**
     * `e.code` for the `e.message` (or the `String(e)`) an error text is read from, with the error object `e`;
     * `undefined` when there is no object to ask.
     */
    function codeAccess(errorText: TSESTree.Node): { code: string; object: TSESTree.Node } | undefined {
      const { source, converted } = textSourceOf(errorText);
      // `err.toString()`: the error itself; `String(e.message)`: its message property.
      if (converted && !(source.type === AST_NODE_TYPES.MemberExpression && isErrorText(source))) {
        const isPlain = source.type === AST_NODE_TYPES.Identifier || source.type === AST_NODE_TYPES.MemberExpression;
        const text = sourceCode.getText(source);
        return { code: isPlain ? `${text}.code` : `(${text}).code`, object: source };
      }
      if (source.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const { property } = source;
      let code: string;
      if (!source.computed && property.type === AST_NODE_TYPES.Identifier) code = 'code';
      else if (source.computed && property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string')
        code = `${property.raw[0]}code${property.raw[0]}`;
      else return undefined;
      // The member's own text with the property swapped, so `(err as ApiError)['msg']` keeps its parentheses.
      const text = sourceCode.getText(source);
      const [start] = source.range;
      return {
        code: `${text.slice(0, property.range[0] - start)}${code}${text.slice(property.range[1] - start)}`,
        object: source.object,
      };
    }

    function suggestCodeComparison(
      comparison: MessageComparison,
      definition: ExchangeErrorDefinition,
      objectText: string,
      bindingFixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[],
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const access = codeAccess(comparison.errorText);
      // Only an object with a code can be asked for it, and under a check of its code the text tells apart
      // errors of that code.
      if (
        access === undefined ||
        comparison.replacement === 'none' ||
        !hasCode(context, access.object, typeAware) ||
        isUnderCodeCheck(context, access.object, comparison.node)
      ) {
        return undefined;
      }
      const { code } = access;
      const constant = `${objectText}.${definition.name}`;
      const data = { code, constant };
      if (comparison.replacement === 'equality') {
        return {
          messageId: 'compareCode',
          data,
          fix: (fixer) => [
            ...bindingFixes(fixer),
            fixer.replaceText(comparison.errorText, code),
            fixer.replaceText(comparison.compared, constant),
          ],
        };
      }
      let target = outermostCall(comparison.node as TSESTree.CallExpression);
      if (comparison.replacement === 'truthy' && !isTestPosition(target)) return undefined;
      let operator = '===';
      if (target.parent?.type === AST_NODE_TYPES.UnaryExpression && target.parent.operator === '!') {
        target = target.parent;
        operator = '!==';
      }
      const needsParentheses =
        !ASTUtils.isParenthesized(target, sourceCode) &&
        (!LOOSE_PARENTS.has(target.parent?.type as AST_NODE_TYPES) ||
          (target.parent?.type === AST_NODE_TYPES.CallExpression && target.parent.callee === target));
      const text = `${code} ${operator} ${constant}`;
      const replaced = target;
      return {
        messageId: 'compareCode',
        data,
        fix: (fixer) => [...bindingFixes(fixer), fixer.replaceText(replaced, needsParentheses ? `(${text})` : text)],
      };
    }

    function check(comparison: MessageComparison): void {
      // Syntax and names first; the catalogue's messages only for literals compared with an error's text.
      if (!isErrorText(comparison.errorText)) return;
      const definitions = matchingDefinitions(comparison.compared, comparison.isSearch);
      const [only] = definitions;
      if (only === undefined) return;
      const reference = planCodeReference(context, comparison.node, importSource);
      const objectText = reference?.objectText ?? CODES_EXPORT;
      const compared = comparison.compared;
      const message =
        staticStringValue(compared) === undefined
          ? sourceCode.getText(compared)
          : JSON.stringify(staticStringValue(compared));
      const suggestion =
        reference === undefined || definitions.length > 1
          ? undefined
          : suggestCodeComparison(comparison, only, objectText, reference.bindingFixes);
      context.report({
        node: comparison.node,
        messageId: 'compareCodeNotMessage',
        data: {
          constants: joinAlternatives(definitions.map((definition) => `${objectText}.${definition.name}`)),
          message,
        },
        suggest: suggestion === undefined ? [] : [suggestion],
      });
    }

    /** The literal elements of a list: the array itself, or the array a `const` holds. */
    function listElements(list: TSESTree.Node): TSESTree.Node[] {
      let array = innermostValue(list);
      if (array.type === AST_NODE_TYPES.Identifier) {
        const definition = ASTUtils.findVariable(sourceCode.getScope(array), array)?.defs[0];
        const init =
          definition?.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.parent.kind === 'const'
            ? definition.node.init
            : null;
        if (init === null || init === undefined) return [];
        array = innermostValue(init);
      }
      return array.type === AST_NODE_TYPES.ArrayExpression
        ? array.elements.filter((element): element is TSESTree.Expression => element !== null && isTextLiteral(element))
        : [];
    }

    /** Elements already checked, as one list may be searched by several calls. */
    const checkedElements = new Set<TSESTree.Node>();

    /**
     * `TRANSIENT.some((text) => error.message.includes(text))`: each text of the list is searched in the error's
     * text, as if written in the call.
     */
    function checkSearchedList(call: MethodCallWithArgument): void {
      const [callback] = call.arguments;
      if (
        (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
          callback.type !== AST_NODE_TYPES.FunctionExpression) ||
        callback.params[0]?.type !== AST_NODE_TYPES.Identifier
      ) {
        return;
      }
      const element = callback.params[0];
      const variable = sourceCode.getDeclaredVariables(callback).find((entry) => entry.name === element.name);
      const search = variable?.references
        .map(({ identifier }) => identifier.parent)
        .find(
          (parent): parent is MethodCall =>
            parent.type === AST_NODE_TYPES.CallExpression &&
            isCall(parent, SEARCH_IN_TEXT_METHODS) &&
            parent.arguments[0] !== undefined &&
            innermostValue(parent.arguments[0]).type === AST_NODE_TYPES.Identifier,
        );
      if (search === undefined) return;
      for (const text of listElements(call.callee.object)) {
        if (checkedElements.has(text)) continue;
        checkedElements.add(text);
        check({ node: text, errorText: search.callee.object, compared: text, replacement: 'none', isSearch: true });
      }
    }

    /** `msg.includes('Invalid symbol.')`: a string method looking for a literal in the error's text. */
    function checkTextSearch(call: MethodCallWithArgument): void {
      const [argument] = call.arguments;
      // `msg.match(/Too many new orders/ || /…/)`: each text the author meant, none replaceable by one comparison.
      if (argument.type === AST_NODE_TYPES.LogicalExpression) {
        for (const text of logicalLeaves(argument).filter(isTextLiteral)) {
          check({ node: text, errorText: call.callee.object, compared: text, replacement: 'none', isSearch: true });
        }
      } else if (isTextLiteral(argument)) {
        check({
          node: call,
          errorText: call.callee.object,
          compared: argument,
          replacement: replacementOf(call.callee.property.name),
          isSearch: true,
        });
      }
    }

    /** `/Invalid symbol/.test(msg)`: a regular expression literal looking in the error's text. */
    function checkPatternSearch(call: MethodCallWithArgument): void {
      if (call.callee.object.type !== AST_NODE_TYPES.Literal) return;
      check({
        node: call,
        errorText: call.arguments[0],
        compared: call.callee.object,
        replacement: replacementOf(call.callee.property.name),
        isSearch: true,
      });
    }

    return {
      [TEXT_EQUALITY](node: TSESTree.BinaryExpression) {
        const rightIsText = staticStringValue(node.right) !== undefined;
        // `'a' === 'b'` compares no error's text.
        if (rightIsText && staticStringValue(node.left) !== undefined) return;
        check({
          node,
          errorText: rightIsText ? node.left : node.right,
          compared: rightIsText ? node.right : node.left,
          replacement: 'equality',
          isSearch: false,
        });
      },
      [SEARCH_CALL](node: MethodCallWithArgument) {
        const method = node.callee.property.name;
        if (ELEMENT_CALLBACK_METHODS.has(method)) checkSearchedList(node);
        else if (PATTERN_SEARCH_METHODS.has(method)) checkPatternSearch(node);
        else checkTextSearch(node);
      },
      [TEXT_CASE](node: TSESTree.SwitchCase & { test: TSESTree.Expression }) {
        check({
          node: node.test,
          errorText: node.parent.discriminant,
          compared: node.test,
          replacement: 'none',
          isSearch: false,
        });
      },
    } satisfies TSESLint.RuleListener;
  },
});
