import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction, expressionKey, propertyName } from './ast.js';
import type { AnyRuleContext } from './create-rule.js';

const CODE_PROPERTY = 'code';

/** Whether some node under `root` (itself included) satisfies `predicate`. */
function someNode(context: AnyRuleContext, root: TSESTree.Node, predicate: (node: TSESTree.Node) => boolean): boolean {
  if (predicate(root)) return true;
  const keys = context.sourceCode.visitorKeys[root.type] ?? [];
  return keys.some((key) => {
    const child = (root as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(child) ? child : [child];
    return children.some(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as TSESTree.Node).type === 'string' &&
        someNode(context, entry as TSESTree.Node, predicate),
    );
  });
}

/** `err.code`, `err?.code`, `const { code } = err`: a read of the code of the object keyed `key`. */
function isCodeRead(context: AnyRuleContext, node: TSESTree.Node, key: string): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    return propertyName(node) === CODE_PROPERTY && expressionKey(context.sourceCode, node.object) === key;
  }
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator &&
    node.id.type === AST_NODE_TYPES.ObjectPattern &&
    node.init !== null &&
    expressionKey(context.sourceCode, node.init) === key &&
    node.id.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && propertyName(property) === CODE_PROPERTY,
    )
  );
}

/** What the type checker says about `object.code`: there, absent, or unknown (no types, `any`, `unknown`). */
function typeHasCode(context: AnyRuleContext, object: TSESTree.Node, typeAware: boolean): boolean | undefined {
  if (!typeAware) return undefined;
  const services = ESLintUtils.getParserServices(context);
  const checker = services.program.getTypeChecker();
  const type = services.getTypeAtLocation(object).getNonNullableType();
  // 1 is TypeFlags.Any, 2 is TypeFlags.Unknown: nothing is known about the object's properties.
  if ((type.flags & 3) !== 0) return undefined;
  return checker.getPropertyOfType(type, CODE_PROPERTY) !== undefined;
}

/**
 * Whether an error object has a code to compare: its type says so (with type information), or the surrounding
 * function reads its `.code` or destructures `code` from it. An error built as `new Error(`${body.msg}`)` has none.
 */
export function hasCode(context: AnyRuleContext, object: TSESTree.Node, typeAware: boolean): boolean {
  const typed = typeHasCode(context, object, typeAware);
  if (typed !== undefined) return typed;
  const key = expressionKey(context.sourceCode, object);
  return someNode(context, enclosingFunction(object) ?? context.sourceCode.ast, (node) =>
    isCodeRead(context, node, key),
  );
}

/**
 * Whether `node` only runs after the same object's code was checked: in the `then` branch of an `if` or `?:`, after
 * `&&`, or in a `case` of a switch on that code — `if (err.code === -1000) { if (err.message.includes(…)) }`
 * tells errors of one umbrella code apart by their text, which no code comparison can.
 */
export function isUnderCodeCheck(context: AnyRuleContext, object: TSESTree.Node, node: TSESTree.Node): boolean {
  const key = expressionKey(context.sourceCode, object);
  const readsCode = (test: TSESTree.Node): boolean =>
    someNode(context, test, (inner) => isCodeRead(context, inner, key));
  const scope = enclosingFunction(node) ?? context.sourceCode.ast;
  for (let child = node, parent = node.parent; parent && child !== scope; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        // Only the branch taken when the code check holds: an `else` may well be another code.
        if (parent.consequent === child && readsCode(parent.test)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right === child && parent.operator === '&&' && readsCode(parent.left)) return true;
        break;
      case AST_NODE_TYPES.SwitchStatement:
        if (parent.discriminant !== child && readsCode(parent.discriminant)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}
