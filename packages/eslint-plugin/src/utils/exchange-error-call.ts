import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { CatalogueIndex } from '../catalogue-index.js';
import { candidateNodesAt, nodesAt, prescan } from '../prescan.js';
import { finalName, FUNCTION_TYPES } from './ast.js';
import { perFile } from './per-file.js';
import { includesWord, indexOfWord } from './text-search.js';

/** The error class `new ExchangeError(…)` builds; each callee name of an exchange-error call ends in it. */
const CALLEE_WORD = 'ExchangeError';
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
    ? finalName(call.callee) === CALLEE_WORD
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

/**
 * Nodes no callee of an exchange-error call holds on the way from its final name to the call: statements, functions
 * and classes. A call above one is reached from the name its own callee ends in, which is a start of its own.
 */
const CALLEE_BOUNDARY_TYPES: ReadonlySet<string> = new Set(
  Object.values(AST_NODE_TYPES).filter(
    (type) =>
      /(?:Statement|Declaration)$/u.test(type) ||
      type === AST_NODE_TYPES.Program ||
      FUNCTION_TYPES.has(type) ||
      type === AST_NODE_TYPES.ClassExpression,
  ),
);

/**
 * The exchange-error calls whose callee holds `node`: those it reaches from their callee, climbing up to the
 * statement, function or class it is in.
 */
export function exchangeErrorCallsAbove(node: TSESTree.Node): ExchangeErrorCall[] {
  const calls: ExchangeErrorCall[] = [];
  let child = node;
  for (
    let parent = node.parent;
    parent != null && !CALLEE_BOUNDARY_TYPES.has(parent.type);
    child = parent, parent = parent.parent
  ) {
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

/** The names a callee of an exchange-error call ends in, each holding `CALLEE_WORD`. */
const CALLEE_NAMES: ReadonlySet<string> = new Set([CALLEE_WORD, ...EXCHANGE_ERROR_MATCHERS]);

/**
 * The identifiers that top-level bindings and globals of a callee name have (`new ExchangeError(…)` of an import),
 * by where `CALLEE_WORD` starts in each: found from the bindings, without a walk of the tree.
 */
function calleeIdentifiersByWordOffset(sourceCode: TSESLint.SourceCode): Map<number, TSESTree.Identifier> {
  const identifiers = new Map<number, TSESTree.Identifier>();
  const add = (identifier: TSESTree.Identifier): void => {
    identifiers.set(identifier.range[1] - CALLEE_WORD.length, identifier);
  };
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope == null) return identifiers;
  // Imports and top-level bindings live in the global scope or the module (or CommonJS) scope under it; a binding
  // further in is found in the tree instead.
  for (const scope of [globalScope, ...globalScope.childScopes]) {
    for (const name of CALLEE_NAMES) {
      for (const reference of scope.set.get(name)?.references ?? []) add(reference.identifier as TSESTree.Identifier);
    }
  }
  for (const reference of globalScope.through) {
    if (CALLEE_NAMES.has(reference.identifier.name)) add(reference.identifier as TSESTree.Identifier);
  }
  return identifiers;
}

/** Where `CALLEE_WORD` starts in a file's text, in order: searched once per file. */
const calleeWordOffsets = perFile((sourceCode): number[] => {
  const { text } = sourceCode;
  const offsets: number[] = [];
  for (let at = indexOfWord(text, CALLEE_WORD); at !== -1; at = indexOfWord(text, CALLEE_WORD, at + CALLEE_WORD.length))
    offsets.push(at);
  return offsets;
});

/** Whether a file's text holds `word`; one that starts with `CALLEE_WORD` is found among that word's offsets. */
export function textMentions(sourceCode: TSESLint.SourceCode, index: CatalogueIndex, word: string): boolean {
  if (!word.startsWith(CALLEE_WORD)) return includesWord(sourceCode.text, word);
  return calleeWordOffsets(sourceCode, index).some((at) => sourceCode.text.startsWith(word, at));
}

/**
 * The exchange-error calls whose callee name the text spells out, as an identifier, a property or a key: the node at
 * each `ExchangeError` of the text lies inside such a callee. Identifiers the scopes resolve are taken from them;
 * the other words are found in the tree. An identifier may spell the name with escapes, so the nodes at the scan's
 * escapes are climbed from too; keys the text need not spell are `UNSPELLED_KEYS`.
 */
export function exchangeErrorCallsInText(
  sourceCode: TSESLint.SourceCode,
  index: CatalogueIndex,
): Set<ExchangeErrorCall> {
  const wordOffsets = calleeWordOffsets(sourceCode, index);
  const { escapeOffsets } = prescan(sourceCode, index);
  // Most files never spell the word: no scope to read, no node to find.
  if (wordOffsets.length === 0 && escapeOffsets.length === 0) return new Set();
  const resolved = calleeIdentifiersByWordOffset(sourceCode);
  const starts: TSESTree.Node[] = [];
  const unresolvedOffsets: number[] = [];
  for (const at of wordOffsets) {
    const identifier = resolved.get(at);
    if (identifier === undefined) unresolvedOffsets.push(at);
    else starts.push(identifier);
  }
  starts.push(...nodesAt(sourceCode, unresolvedOffsets), ...candidateNodesAt(sourceCode, index, escapeOffsets));
  const calls = new Set<ExchangeErrorCall>();
  for (const start of starts) for (const call of exchangeErrorCallsAbove(start)) calls.add(call);
  return calls;
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
