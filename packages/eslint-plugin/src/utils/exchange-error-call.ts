import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { nodesAt } from '../prescan.js';
import { finalName } from './ast.js';

/** Matchers whose argument is the expected error: a code, a numeric string or a name. */
const EXCHANGE_ERROR_MATCHERS = new Set(['toBeExchangeError', 'toThrowExchangeError']);

export type ExchangeErrorCall = TSESTree.CallExpression | TSESTree.NewExpression;

function isExchangeErrorMatcher(call: TSESTree.CallExpression): boolean {
  const calleeName = finalName(call.callee);
  return calleeName !== undefined && EXCHANGE_ERROR_MATCHERS.has(calleeName);
}

/** Whether a call is `new ExchangeError(…)`, `toBeExchangeError(…)` or `toThrowExchangeError(…)`. */
function isExchangeErrorCall(call: ExchangeErrorCall): boolean {
  return call.type === AST_NODE_TYPES.NewExpression
    ? finalName(call.callee) === 'ExchangeError'
    : isExchangeErrorMatcher(call);
}

/** Whether `argument` is an argument of `new ExchangeError(…)`, `toBeExchangeError(…)` or `toThrowExchangeError(…)`. */
export function isExchangeErrorArgument(call: ExchangeErrorCall, argument: TSESTree.Node): boolean {
  return call.arguments.includes(argument as TSESTree.CallExpressionArgument) && isExchangeErrorCall(call);
}

/** Whether `argument` is what `toBeExchangeError(…)` or `toThrowExchangeError(…)` expects: its first argument. */
export function isExpectedErrorArgument(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  return call.arguments[0] === argument && isExchangeErrorMatcher(call);
}

/** What each of those callee names holds. */
const CALLEE_WORD = 'ExchangeError';

/** The exchange-error calls whose callee holds `node`: those it reaches, climbing to the root, from their callee. */
export function exchangeErrorCallsAbove(node: TSESTree.Node): ExchangeErrorCall[] {
  const calls: ExchangeErrorCall[] = [];
  let child = node;
  // The Program's parent is `null` at lint time.
  for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
    if (
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.callee === child &&
      isExchangeErrorCall(parent)
    ) {
      calls.push(parent);
    }
  }
  return calls;
}

/**
 * The exchange-error calls whose callee name the text spells out, as an identifier, a property or a key: the node at
 * each `ExchangeError` of the text lies inside such a callee. An identifier may spell it with escapes, so the nodes
 * at `escapeOffsets` are climbed from too; keys the text need not spell are `UNSPELLED_KEYS`.
 */
export function exchangeErrorCallsInText(
  sourceCode: TSESLint.SourceCode,
  escapeOffsets: readonly number[],
): Set<ExchangeErrorCall> {
  const { text } = sourceCode;
  const offsets: number[] = [];
  for (let at = text.indexOf(CALLEE_WORD); at !== -1; at = text.indexOf(CALLEE_WORD, at + CALLEE_WORD.length)) {
    offsets.push(at);
  }
  const nodes = [...nodesAt(sourceCode, offsets), ...nodesAt(sourceCode, escapeOffsets)];
  return new Set(nodes.flatMap((node) => exchangeErrorCallsAbove(node)));
}

/**
 * Computed member keys whose name the text need not spell: an expression a static value is read from
 * (`['toBe' + 'ExchangeError']`) and a string with an escape (`['toBeExchang\eError']`). A plain identifier has no
 * static value, and a literal without a backslash spells its value.
 */
export const UNSPELLED_KEYS = [
  'MemberExpression[computed=true][property.type!="Identifier"][property.type!="Literal"]',
  'MemberExpression[computed=true][property.type="Literal"][property.raw=/\\\\/]',
].join(', ');
