import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);
/** Calls that read a code or a text without changing which value it is: `Number(body.code)`, `String(e.message)`. */
const CONVERSION_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'String']);

/** `-1121 as const`, `x!`, `<number>x`, `x satisfies T`: wrappers that do not change which value an expression is. */
export type TransparentWrapper =
  TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion | TSESTree.TSNonNullExpression;

export function isTransparentWrapper(node: TSESTree.Node): node is TransparentWrapper {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSNonNullExpression
  );
}

/** The outermost node that still is `node`'s value, skipping TypeScript wrappers around it. */
export function outermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && isTransparentWrapper(current.parent)) current = current.parent;
  return current;
}

/** The expression inside TypeScript wrappers and optional chains: `e.message` of `(e.message as string)!`. */
export function innermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparentWrapper(current) || current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
  return current;
}

/**
 * The static name of a property key or a member's property: `code` of `err.code`, `err['code']`, `{ code: x }`
 * and of the class field `#code`; `undefined` for a key computed at run time.
 */
export function propertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  // A private name is a name too: `this.#code` holds a code as `this.code` does.
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  // `err['msg']`, frequent in bracket-style code, without evaluating the key as a constant.
  if (node.computed && key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return ASTUtils.getPropertyName(node) ?? undefined;
}

/**
 * The identifier or property name an expression ends in: `code` for `err.code`, `e.response?.data?.code`,
 * `Number(body.code)`, `+err['code']`; `undefined` when it ends in something else.
 */
export function finalName(node: TSESTree.Node): string | undefined {
  const value = innermostValue(node);
  switch (value.type) {
    case AST_NODE_TYPES.Identifier:
      return value.name;
    case AST_NODE_TYPES.MemberExpression:
      return propertyName(value);
    case AST_NODE_TYPES.UnaryExpression:
      return value.operator === '+' ? finalName(value.argument) : undefined;
    case AST_NODE_TYPES.CallExpression: {
      const [argument] = value.arguments;
      return value.callee.type === AST_NODE_TYPES.Identifier &&
        CONVERSION_FUNCTIONS.has(value.callee.name) &&
        argument !== undefined
        ? finalName(argument)
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The name a value is stored under: a variable, an assigned property, an object key or a class field. */
export function bindingName(value: TSESTree.Node): string | undefined {
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === value ? finalName(parent.left) : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === value ? propertyName(parent) : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether only the truthiness of `node`'s value is used: the test of an `if`, a loop or `?:`, the operand of `!`,
 * or an operand of `&&` / `||` that itself stands in such a place (`if (ok && e.message.match(…))`).
 */
export function isTestPosition(node: TSESTree.Node): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      // `a ?? b` yields `b` itself, not its truthiness.
      return parent.operator !== '??' && isTestPosition(parent);
    default:
      return false;
  }
}

/** The text of a string literal or of a template literal without expressions. */
export function staticStringValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** Every kind of function node. */
export const FUNCTION_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
]);

/** The innermost function `node` is in, `undefined` at the top level of the program. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  // The Program's parent is `null` at lint time.
  let current: TSESTree.Node | null | undefined = node.parent;
  while (current != null && !FUNCTION_TYPES.has(current.type)) current = current.parent;
  return (current ?? undefined) as TSESTree.FunctionLike | undefined;
}

/**
 * The text of an expression that is the same for every spelling of the same value: `e?.response?.data` and
 * `e.response .data` alike, so that two reads of one error's code or one subject compare equal.
 */
export function expressionKey(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  return sourceCode.getText(node).replace(/\?\./gu, '.').replace(/\s+/gu, '');
}
