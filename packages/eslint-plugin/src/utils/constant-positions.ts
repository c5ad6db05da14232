import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { outermostValue } from './ast.js';

/** Operators that read their operands as numbers: ordering, arithmetic and bitwise. */
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set([
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '**',
  '<<',
  '>>',
  '>>>',
  '&',
  '|',
  '^',
]);

/**
 * Whether a value is an operand of a numeric operator — a range bound (`code <= -1100`), a factor (`-1000 * x`),
 * a term (`-1000 + n`, `total += -1000`) — where the number is a number: a constant in its place would still
 * compute the same, but would say it is that error.
 */
export function isNumericOperand(node: TSESTree.Node): boolean {
  const value = outermostValue(node);
  const { parent } = value;
  if (parent?.type === AST_NODE_TYPES.BinaryExpression) {
    return NUMERIC_OPERATORS.has(parent.operator);
  }
  return (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === value &&
    NUMERIC_OPERATORS.has(parent.operator.slice(0, -1))
  );
}

/** Whether `node` is declared in an ambient context: `declare namespace`, `declare module`, `declare global`. */
function isInAmbientContext(node: TSESTree.Node): boolean {
  // ESLint gives the Program a `null` parent.
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TSModuleDeclaration && current.declare) return true;
  }
  return false;
}

/**
 * Whether a value is an enum member initializer that TypeScript requires to be a constant expression, so that a
 * reference to an object property there does not compile: in a `const enum` (TS2474), a `declare enum` or an enum
 * in an ambient namespace (TS1066), or before a member without initializer, which counts on from it (TS1061).
 */
export function isConstantEnumInitializer(node: TSESTree.Node): boolean {
  const value = outermostValue(node);
  const member = value.parent;
  if (member?.type !== AST_NODE_TYPES.TSEnumMember || member.initializer !== value) return false;
  const body = member.parent;
  const declaration = body.parent;
  if (declaration.const || declaration.declare || isInAmbientContext(declaration)) return true;
  const next = body.members[body.members.indexOf(member) + 1];
  return next !== undefined && next.initializer === undefined;
}
