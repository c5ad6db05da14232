import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { bindingName, EQUALITY_OPERATORS, outermostValue, propertyName } from './ast.js';
import { isCodeConstantCase, type CodeCaseScope } from './code-case.js';
import { isExchangeErrorArgument } from './exchange-error-call.js';
import { endsInNameMatching, ERROR_BINDING_PATTERN } from './name-patterns.js';

const ARRAY_LOOKUP_METHODS = new Set(['includes', 'indexOf']);

/** What the classifier needs besides the node: the catalogue, the import source and the `codePattern` option. */
export interface ErrorCodeContextScope extends CodeCaseScope {
  readonly codePattern: RegExp;
}

function isCodeSwitchCase(switchCase: TSESTree.SwitchCase, scope: ErrorCodeContextScope): boolean {
  const switchStatement = switchCase.parent;
  return (
    endsInNameMatching(switchStatement.discriminant, scope.codePattern) ||
    switchStatement.cases.some(
      (other) => other !== switchCase && other.test !== null && isCodeConstantCase(other.test, scope),
    )
  );
}

function isCodeArray(array: TSESTree.ArrayExpression): boolean {
  const value = outermostValue(array);
  const { parent } = value;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === value &&
    ARRAY_LOOKUP_METHODS.has(propertyName(parent) ?? '') &&
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
 * object, or an argument of `new ExchangeError(…)` / `toBeExchangeError(…)` / `toThrowExchangeError(…)`.
 * `arr.slice(-1000)` is not.
 */
export function isErrorCodeContext(node: TSESTree.Node, scope: ErrorCodeContextScope): boolean {
  const value = outermostValue(node);
  const { parent } = value;
  switch (parent?.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return (
        EQUALITY_OPERATORS.has(parent.operator) &&
        endsInNameMatching(parent.left === value ? parent.right : parent.left, scope.codePattern)
      );
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === value && isCodeSwitchCase(parent, scope);
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
