import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { finalName } from './ast.js';

/** Matchers whose argument is the expected error: a code, a numeric string or a name. */
const EXCHANGE_ERROR_MATCHERS = new Set(['toBeExchangeError', 'toThrowExchangeError']);

function isExchangeErrorMatcher(call: TSESTree.CallExpression): boolean {
  const calleeName = finalName(call.callee);
  return calleeName !== undefined && EXCHANGE_ERROR_MATCHERS.has(calleeName);
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

/** Whether `argument` is what `toBeExchangeError(…)` or `toThrowExchangeError(…)` expects: its first argument. */
export function isExpectedErrorArgument(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  return call.arguments[0] === argument && isExchangeErrorMatcher(call);
}
