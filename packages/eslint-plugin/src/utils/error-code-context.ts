import { readCode, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';

/** Names of values that hold an error code: `code`, `errorCode`, `errCode`, `error_code`, `retCode`, `apiErrorCode`… */
export const DEFAULT_CODE_PATTERN = '^(?:(?:err(?:or)?|ret|api_?err(?:or)?|exchange_?err(?:or)?)_?)?code$';

/** Bindings and property keys that hold codes: `retryErrors`, `errorCodes`, `exceptions`, `ERROR_HANDLERS`… */
const ERROR_BINDING_NAME = /code|err|exception|retr(?:y|ies)/i;
export const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);
/** Matchers whose argument is the expected error: a code, a numeric string or a name. */
const EXCHANGE_ERROR_MATCHERS = new Set(['toBeExchangeError', 'toThrowExchangeError']);
const CONVERSION_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'String']);
const ARRAY_LOOKUP_METHODS = new Set(['includes', 'indexOf']);

const compiledPatterns = new Map<string, RegExp>();

/**
 * Compiles a name-pattern option such as `codePattern` or `messagePattern` (matched case-insensitively against a
 * final identifier or property name).
 * Throws an error naming the option when the pattern is not a valid regular expression.
 */
export function compileCodePattern(source: string, optionName = 'codePattern', example = DEFAULT_CODE_PATTERN): RegExp {
  let pattern = compiledPatterns.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(
        `@exchange-errors/eslint-plugin: option ${optionName} is ${JSON.stringify(source)}, which is not a valid ` +
          `regular expression (${(error as Error).message}). Give the source of a regular expression, e.g. "${example}".`,
        { cause: error },
      );
    }
    compiledPatterns.set(source, pattern);
  }
  return pattern;
}

/** A catalogue code written as a literal: the signed number (`-1121`) or a numeric string (`'-1121'`). */
export interface CodeLiteral {
  /** The whole signed value: the `UnaryExpression` of `-1121`, or the literal itself. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly definition: ExchangeErrorDefinition;
  readonly isString: boolean;
}

/** The code a number or numeric-string literal spells, read as the catalogue reads codes (`'-01121'` too). */
interface SpelledCode {
  /** The whole signed value, as in `CodeLiteral`. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly code: number;
  readonly isString: boolean;
}

function spelledCode(literal: TSESTree.Literal): SpelledCode | undefined {
  const { value } = literal;
  const { node, signedValue } =
    typeof value === 'number' ? signedNumber(literal, value) : { node: literal, signedValue: value };
  const code = readCode(signedValue);
  return code === undefined ? undefined : { node, code, isString: typeof value === 'string' };
}

/** The index's cheap first test: most literals of a file fail here, before any lookup. */
function mayBeCodeLiteral(literal: TSESTree.Literal, index: CatalogueIndex): boolean {
  const { value } = literal;
  return typeof value === 'number' ? index.mayBeCode(value) : typeof value === 'string' && index.mayBeCodeText(value);
}

/**
 * The catalogue code a literal spells, if any. Calling this for every literal of a file is cheap; literals in type
 * positions and JSX attributes are not values and yield nothing.
 */
export function readCodeLiteral(literal: TSESTree.Literal, index: CatalogueIndex): CodeLiteral | undefined {
  const spelled = mayBeCodeLiteral(literal, index) ? spelledCode(literal) : undefined;
  const definition = spelled === undefined ? undefined : index.catalogue.byCode.get(spelled.code);
  return spelled === undefined || definition === undefined || !isValuePosition(spelled.node)
    ? undefined
    : { node: spelled.node, definition, isString: spelled.isString };
}

/** A literal that looks like a code of the catalogue — same sign and digit count — but is not one: `-1211`. */
export interface UnknownCodeLiteral {
  /** The whole signed value, as in `CodeLiteral`. */
  readonly node: TSESTree.Literal | TSESTree.UnaryExpression;
  readonly code: number;
}

/** The code-shaped number a literal spells (`-1211`, `'-1999'`) when the catalogue has no such code. */
export function readUnknownCodeLiteral(
  literal: TSESTree.Literal,
  index: CatalogueIndex,
): UnknownCodeLiteral | undefined {
  const spelled = mayBeCodeLiteral(literal, index) ? spelledCode(literal) : undefined;
  return spelled === undefined ||
    !index.looksLikeCode(spelled.code) ||
    index.catalogue.byCode.has(spelled.code) ||
    !isValuePosition(spelled.node)
    ? undefined
    : { node: spelled.node, code: spelled.code };
}

/**
 * A code that `toBeExchangeError(…)` or `toThrowExchangeError(…)` expects (`-121`, `'-01211'`) and the catalogue
 * lacks, whatever its shape: the matcher reads it as the catalogue reads codes and fails on it.
 */
export function readUnknownExpectedCode(
  literal: TSESTree.Literal,
  index: CatalogueIndex,
): UnknownCodeLiteral | undefined {
  const { value } = literal;
  // The position first: it rules out almost every literal without reading it.
  const { node } = typeof value === 'number' ? signedNumber(literal, value) : { node: literal };
  if (node.parent.type !== AST_NODE_TYPES.CallExpression || !isExpectationOfMatcher(node.parent, node))
    return undefined;
  const spelled = spelledCode(literal);
  return spelled === undefined || index.catalogue.byCode.has(spelled.code) ? undefined : { node, code: spelled.code };
}

/** The whole signed number a numeric literal spells: the `UnaryExpression` of `-1121`, or the literal itself. */
function signedNumber(
  literal: TSESTree.Literal,
  value: number,
): { node: TSESTree.Literal | TSESTree.UnaryExpression; signedValue: number } {
  const { parent } = literal;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '-'
    ? { node: parent, signedValue: -value }
    : { node: literal, signedValue: value };
}

/** Where a literal is no value: a literal type, a JSX attribute, a module or export name (`export * as '-1121' from`). */
const NOT_VALUE_PARENTS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.JSXAttribute,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ImportSpecifier,
  AST_NODE_TYPES.ImportAttribute,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportSpecifier,
  AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.TSExternalModuleReference,
]);

function isValuePosition(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (parent === undefined) return true;
  // `enum E { '-1121' = 1 }` names a member; its initializer is a value.
  return !NOT_VALUE_PARENTS.has(parent.type) && !(parent.type === AST_NODE_TYPES.TSEnumMember && parent.id === node);
}

/** `-1121 as const`, `x!`, `<number>x`: wrappers that do not change which value an expression is. */
function isTransparentWrapper(
  node: TSESTree.Node,
): node is
  TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion | TSESTree.TSNonNullExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSNonNullExpression
  );
}

/** The outermost node that still is `node`'s value, skipping TypeScript wrappers. */
function outermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && isTransparentWrapper(current.parent)) current = current.parent;
  return current;
}

function propertyKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * The identifier or property name an expression ends in: `code` for `err.code`, `e.response?.data?.code`,
 * `Number(body.code)`, `+err['code']`; `undefined` when it ends in something else.
 */
export function finalName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.MemberExpression:
      return propertyKeyName(node.property, node.computed);
    case AST_NODE_TYPES.ChainExpression:
      return finalName(node.expression);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '+' ? finalName(node.argument) : undefined;
    case AST_NODE_TYPES.CallExpression: {
      const [argument] = node.arguments;
      return node.callee.type === AST_NODE_TYPES.Identifier &&
        CONVERSION_FUNCTIONS.has(node.callee.name) &&
        argument !== undefined
        ? finalName(argument)
        : undefined;
    }
    default:
      return isTransparentWrapper(node) ? finalName(node.expression) : undefined;
  }
}

/** Whether `node` ends in a name that `codePattern` matches. */
export function matchesCodePattern(node: TSESTree.Node, codePattern: RegExp): boolean {
  const name = finalName(node);
  return name !== undefined && codePattern.test(name);
}

/** The name a value is stored under: a variable, an assigned property, an object key or a class field. */
function bindingName(value: TSESTree.Node): string | undefined {
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === value ? finalName(parent.left) : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === value ? finalName(parent.left) : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === value ? propertyKeyName(parent.key, parent.computed) : undefined;
    default:
      return undefined;
  }
}

/** A case test that is a catalogue code: `-1121`, `'-1121'`, or a constant such as `ExchangeErrorCode.BAD_SYMBOL`. */
export function isCatalogueCodeCase(test: TSESTree.Expression, index: CatalogueIndex): boolean {
  if (test.type === AST_NODE_TYPES.Literal) return readCodeLiteral(test, index) !== undefined;
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.argument.type === AST_NODE_TYPES.Literal) {
    return readCodeLiteral(test.argument, index)?.node === test;
  }
  if (test.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyKeyName(test.property, test.computed);
    return name !== undefined && index.catalogue.byName.has(name);
  }
  return false;
}

function isCodeSwitchCase(switchCase: TSESTree.SwitchCase, codePattern: RegExp, index: CatalogueIndex): boolean {
  const switchStatement = switchCase.parent;
  return (
    matchesCodePattern(switchStatement.discriminant, codePattern) ||
    switchStatement.cases.some(
      (other) => other !== switchCase && other.test !== null && isCatalogueCodeCase(other.test, index),
    )
  );
}

function isCodeArray(array: TSESTree.ArrayExpression): boolean {
  const value = outermostValue(array);
  const { parent } = value;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === value &&
    ARRAY_LOOKUP_METHODS.has(propertyKeyName(parent.property, parent.computed) ?? '') &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  ) {
    return true;
  }
  if (
    parent?.type === AST_NODE_TYPES.NewExpression &&
    parent.arguments[0] === value &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Set'
  ) {
    return true;
  }
  const name = bindingName(value);
  return name !== undefined && ERROR_BINDING_NAME.test(name);
}

/** An object bound to an error-ish name, or nested under such a key: `exceptions: { exact: { '-1121': … } }`. */
function isErrorKeyedObject(object: TSESTree.ObjectExpression): boolean {
  let value: TSESTree.Node = outermostValue(object);
  for (;;) {
    const name = bindingName(value);
    if (name !== undefined && ERROR_BINDING_NAME.test(name)) return true;
    const { parent } = value;
    if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== value) return false;
    value = outermostValue(parent.parent);
  }
}

/** Whether `argument` is an argument of `new ExchangeError(…)`, `toBeExchangeError(…)` or `toThrowExchangeError(…)`. */
export function isExchangeErrorArgument(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
): boolean {
  if (!call.arguments.includes(argument as TSESTree.CallExpressionArgument)) return false;
  return call.type === AST_NODE_TYPES.NewExpression
    ? finalName(call.callee) === 'ExchangeError'
    : isExchangeErrorMatcher(call);
}

function isExchangeErrorMatcher(call: TSESTree.CallExpression): boolean {
  const calleeName = finalName(call.callee);
  return calleeName !== undefined && EXCHANGE_ERROR_MATCHERS.has(calleeName);
}

/** Whether `argument` is what `toBeExchangeError(…)` or `toThrowExchangeError(…)` expects: its first argument. */
function isExpectationOfMatcher(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  return call.arguments[0] === argument && isExchangeErrorMatcher(call);
}

/**
 * Whether a code literal (the signed node of a `CodeLiteral`) stands where an error code is expected: compared
 * with a `codePattern` name, a `case` of a code switch, an element of a code array, a key of an error-keyed
 * object, or an argument of `new ExchangeError(…)` / `toBeExchangeError(…)` / `toThrowExchangeError(…)`.
 * `arr.slice(-1000)` is not.
 */
export function isErrorCodeContext(node: TSESTree.Node, codePattern: RegExp, index: CatalogueIndex): boolean {
  const value = outermostValue(node);
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return (
        EQUALITY_OPERATORS.has(parent.operator) &&
        matchesCodePattern(parent.left === value ? parent.right : parent.left, codePattern)
      );
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === value && isCodeSwitchCase(parent, codePattern, index);
    case AST_NODE_TYPES.ArrayExpression:
      return isCodeArray(parent);
    case AST_NODE_TYPES.Property:
      return (
        parent.key === value &&
        parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
        isErrorKeyedObject(parent.parent)
      );
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return isExchangeErrorArgument(parent, value);
    default:
      return false;
  }
}
