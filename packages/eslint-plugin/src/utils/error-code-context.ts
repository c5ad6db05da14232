import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { bindingName, EQUALITY_OPERATORS, finalName, innermostValue, outermostValue, propertyName } from './ast.js';
import { isCodeConstantCase, type CodeCaseScope } from './code-case.js';
import { isExchangeErrorArgument } from './exchange-error-call.js';
import { endsInNameMatching, ERROR_BINDING_PATTERN } from './name-patterns.js';

const ARRAY_LOOKUP_METHODS = new Set(['includes', 'indexOf']);
/** Array methods whose callback is given each element: `[-1021, -1003].some((c) => c === err.code)`. */
const ARRAY_CALLBACK_METHODS = new Set(['some', 'every', 'find', 'findIndex', 'filter']);
/** Test matchers that compare a value with the expected one: `expect(err.code).toBe(-1121)`. */
const EQUALITY_MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual']);
/** Node's `assert` comparisons: `assert.equal(err.code, -1121)`. */
const ASSERT_EQUALITY_METHODS = new Set([
  'equal',
  'strictEqual',
  'notEqual',
  'notStrictEqual',
  'deepEqual',
  'deepStrictEqual',
]);
/** Functions and parameters that take code lists: `withRetry(fn, [-1003])`, `retryOn(codes)`, `isOneOfCodes(…)`. */
const CODE_LIST_TAKER = /[Rr]etr(?:y|ies)|(?<![a-z])codes?(?![a-z])|Codes?(?![a-z])/u;

/** What the classifier needs besides the node: the catalogue, the import source and the `codePattern` option. */
export interface ErrorCodeContextScope extends CodeCaseScope {
  readonly codePattern: RegExp;
}

/** The key a destructured binding was read from: `code` of `const { code: apiCode } = err`. */
function destructuredKey(scope: ErrorCodeContextScope, identifier: TSESTree.Identifier): string | undefined {
  const variable = ASTUtils.findVariable(scope.context.sourceCode.getScope(identifier), identifier);
  const name = variable?.defs[0]?.name;
  const holder = name?.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent : name;
  const property = holder?.parent;
  return property?.type === AST_NODE_TYPES.Property &&
    property.value === holder &&
    property.parent.type === AST_NODE_TYPES.ObjectPattern
    ? propertyName(property)
    : undefined;
}

/**
 * Whether an expression holds an error code: it ends in a name that `codePattern` matches (`err.code`,
 * `numericCode`), or is a binding destructured from such a key (`const { code: c } = err`).
 */
function holdsCode(node: TSESTree.Node, scope: ErrorCodeContextScope): boolean {
  if (endsInNameMatching(node, scope.codePattern)) return true;
  const value = innermostValue(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const key = destructuredKey(scope, value);
  return key !== undefined && scope.codePattern.test(key);
}

/** The calls `expect(value).not.resolves.<matcher>(…)` starts from: the `expect(…)` call, if it is one. */
function expectCall(matcherCall: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  let current: TSESTree.Node = matcherCall.callee;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current.type === AST_NODE_TYPES.CallExpression && finalName(current.callee) === 'expect' ? current : undefined;
}

/** `expect(err.code).toBe(-1121)`, `assert.equal(err.code, -1121)`: an assertion that a code is `value`. */
function isCodeAssertion(call: TSESTree.CallExpression, value: TSESTree.Node, scope: ErrorCodeContextScope): boolean {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = propertyName(callee) ?? '';
  if (EQUALITY_MATCHERS.has(method) && call.arguments[0] === value) {
    const actual = expectCall(call)?.arguments[0];
    return actual !== undefined && holdsCode(actual, scope);
  }
  const [first, second] = call.arguments;
  return (
    ASSERT_EQUALITY_METHODS.has(method) &&
    finalName(callee.object) === 'assert' &&
    (first === value || second === value) &&
    holdsCode((first === value ? second : first) as TSESTree.Node, scope)
  );
}

/** `[-1021, -1003].some((c) => c === err.code)`: the callback compares each element with a code. */
function comparesElementsWithCode(call: TSESTree.CallExpression, scope: ErrorCodeContextScope): boolean {
  const [callback] = call.arguments;
  if (
    callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    callback?.type !== AST_NODE_TYPES.FunctionExpression
  ) {
    return false;
  }
  const [element] = callback.params;
  if (element?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = scope.context.sourceCode.getDeclaredVariables(callback).find((entry) => entry.name === element.name);
  return (
    variable?.references.some(({ identifier }) => {
      const { parent } = identifier;
      return (
        parent.type === AST_NODE_TYPES.BinaryExpression &&
        EQUALITY_OPERATORS.has(parent.operator) &&
        holdsCode(parent.left === identifier ? parent.right : parent.left, scope)
      );
    }) ?? false
  );
}

/** The name of the parameter a call passes `argument` to, when the called function is declared in the file. */
function parameterName(
  call: TSESTree.CallExpression,
  argument: TSESTree.Node,
  scope: ErrorCodeContextScope,
): string | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(scope.context.sourceCode.getScope(call), call.callee);
  const declaration = variable?.defs[0]?.node;
  const fn =
    declaration?.type === AST_NODE_TYPES.VariableDeclarator
      ? declaration.init
      : (declaration as TSESTree.Node | undefined);
  if (
    fn?.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn?.type !== AST_NODE_TYPES.FunctionExpression &&
    fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return undefined;
  }
  const parameter = fn.params[call.arguments.indexOf(argument as TSESTree.CallExpressionArgument)];
  const binding = parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
  return binding?.type === AST_NODE_TYPES.Identifier ? binding.name : undefined;
}

/** `withRetry(fn, [-1003, -1015])`: an array passed to a function or parameter named for retries or codes. */
function isPassedAsCodeList(array: TSESTree.Node, scope: ErrorCodeContextScope): boolean {
  const call = array.parent;
  if (
    call?.type !== AST_NODE_TYPES.CallExpression ||
    !call.arguments.includes(array as TSESTree.CallExpressionArgument)
  ) {
    return false;
  }
  const calleeName = finalName(call.callee);
  if (calleeName !== undefined && CODE_LIST_TAKER.test(calleeName)) return true;
  const parameter = parameterName(call, array, scope);
  return parameter !== undefined && (CODE_LIST_TAKER.test(parameter) || ERROR_BINDING_PATTERN.test(parameter));
}

/** The `new Map([[-1021, resync], …])` whose entry `value` is the key of; `undefined` for any other value. */
export function mapOfEntryKey(value: TSESTree.Node): TSESTree.NewExpression | undefined {
  const pair = value.parent;
  if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements[0] !== value || pair.elements.length !== 2) {
    return undefined;
  }
  const entries = outermostValue(pair.parent);
  const map = entries.parent;
  return pair.parent.type === AST_NODE_TYPES.ArrayExpression &&
    map?.type === AST_NODE_TYPES.NewExpression &&
    map.arguments[0] === entries &&
    finalName(map.callee) === 'Map'
    ? map
    : undefined;
}

/** `const ORDER_GONE = -2013; … if (err.code === ORDER_GONE)`: a constant that some use reads as a code. */
function isConstantReadAsCode(declarator: TSESTree.VariableDeclarator, scope: ErrorCodeContextScope): boolean {
  if (declarator.parent.kind !== 'const' || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const [variable] = scope.context.sourceCode.getDeclaredVariables(declarator);
  return (
    variable?.references.some(
      (reference) => reference.isRead() && !reference.init && isErrorCodeContext(reference.identifier, scope),
    ) ?? false
  );
}

function isCodeSwitchCase(switchCase: TSESTree.SwitchCase, scope: ErrorCodeContextScope): boolean {
  const switchStatement = switchCase.parent;
  return (
    holdsCode(switchStatement.discriminant, scope) ||
    switchStatement.cases.some(
      (other) => other !== switchCase && other.test !== null && isCodeConstantCase(other.test, scope),
    )
  );
}

function isCodeArray(array: TSESTree.ArrayExpression, scope: ErrorCodeContextScope): boolean {
  const value = outermostValue(array);
  const { parent } = value;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === value &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  ) {
    const method = propertyName(parent) ?? '';
    if (ARRAY_LOOKUP_METHODS.has(method)) return true;
    if (ARRAY_CALLBACK_METHODS.has(method)) return comparesElementsWithCode(parent.parent, scope);
  }
  // `expect([-1003, -1015]).toContain(err.code)`.
  if (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[0] === value &&
    finalName(parent.callee) === 'expect'
  ) {
    const matcher = parent.parent;
    if (
      matcher.type === AST_NODE_TYPES.MemberExpression &&
      propertyName(matcher) === 'toContain' &&
      matcher.parent.type === AST_NODE_TYPES.CallExpression &&
      matcher.parent.arguments[0] !== undefined
    ) {
      return holdsCode(matcher.parent.arguments[0], scope);
    }
  }
  if (isPassedAsCodeList(value, scope)) return true;
  if (
    parent?.type === AST_NODE_TYPES.NewExpression &&
    parent.arguments[0] === value &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Set'
  ) {
    return true;
  }
  const name = bindingName(value);
  return name !== undefined && ERROR_BINDING_PATTERN.test(name);
}

/** An object bound to an error-ish name, or nested under such a key: `exceptions: { exact: { '-1121': … } }`. */
function isErrorKeyedObject(object: TSESTree.ObjectExpression): boolean {
  let value: TSESTree.Node = outermostValue(object);
  for (;;) {
    const name = bindingName(value);
    if (name !== undefined && ERROR_BINDING_PATTERN.test(name)) return true;
    const { parent } = value;
    if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== value) return false;
    value = outermostValue(parent.parent);
  }
}

/**
 * Whether a code literal (the signed node of a `CodeLiteral`) stands where an error code is expected: compared
 * with a `codePattern` name, a `case` of a code switch, an element of a code array, a key of an error-keyed
 * object, or an argument of `new ExchangeError(…)` / `toBeExchangeError(…)` / `toThrowExchangeError(…)`;
 * also a test assertion on a code, the key of a `Map` entry, an array whose callback compares its elements with a
 * code or that is passed to a function named for retries or codes, and a `const` that some use reads as a code.
 * `arr.slice(-1000)` is not.
 */
export function isErrorCodeContext(node: TSESTree.Node, scope: ErrorCodeContextScope): boolean {
  const value = outermostValue(node);
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return (
        EQUALITY_OPERATORS.has(parent.operator) && holdsCode(parent.left === value ? parent.right : parent.left, scope)
      );
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === value && isCodeSwitchCase(parent, scope);
    case AST_NODE_TYPES.ArrayExpression:
      return mapOfEntryKey(value) !== undefined || isCodeArray(parent, scope);
    case AST_NODE_TYPES.Property:
      return (
        parent.key === value &&
        parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
        isErrorKeyedObject(parent.parent)
      );
    case AST_NODE_TYPES.CallExpression:
      return isExchangeErrorArgument(parent, value) || isCodeAssertion(parent, value, scope);
    case AST_NODE_TYPES.NewExpression:
      return isExchangeErrorArgument(parent, value);
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && isConstantReadAsCode(parent, scope);
    default:
      return false;
  }
}
