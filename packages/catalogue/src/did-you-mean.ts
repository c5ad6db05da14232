import { readCode } from './code.js';
import type { Catalogue, ExchangeErrorDefinition } from './types.js';

// Zero runtime dependencies on purpose: applications install the catalogue, and a bounded edit distance over
// names of a few dozen characters is a dozen lines, while a bundle that never suggests drops this module.

/** At most this many definitions are suggested. */
const MAX_SUGGESTIONS = 3;

/** A third of what was typed, at least one slip: near misses, not arbitrary words. */
function toleranceFor(input: string): number {
  return Math.max(1, Math.floor(input.length / 3));
}

/** Whether `b` is `a` with two neighbouring characters swapped (`-1211` for `-1121`). */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return (
    first + 1 < a.length &&
    a[first] === b[first + 1] &&
    a[first + 1] === b[first] &&
    a.slice(first + 2) === b.slice(first + 2)
  );
}

/** The Levenshtein distance of `a` and `b`; both are short, as `nearest` compares only keys of similar length. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= b.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (a[row - 1] === b[column - 1] ? 0 : 1);
      current[column] = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates whose key is nearest to `input`, case aside, in the order given, if within the tolerance. Among
 * candidates one slip away, swapped neighbours win: every character the author remembered is there.
 */
function nearest<Candidate>(
  input: string,
  candidates: readonly Candidate[],
  keyOf: (candidate: Candidate) => string,
): Candidate[] {
  const tolerance = toleranceFor(input);
  let typed: string | undefined;
  let bestRank = tolerance;
  let best: Candidate[] = [];
  for (const candidate of candidates) {
    const key = keyOf(candidate).toUpperCase();
    // A key further off in length is beyond the tolerance: a megabyte-long input is neither compared nor upper-cased.
    if (Math.abs(key.length - input.length) > tolerance) continue;
    typed ??= input.toUpperCase();
    // A swap ranks half a slip ahead of other single slips.
    const rank = isAdjacentSwap(typed, key) ? 0.5 : editDistance(typed, key);
    if (rank < bestRank) {
      bestRank = rank;
      best = [];
    }
    if (rank === bestRank) best.push(candidate);
  }
  return best;
}

/** The word a misspelt setting key, option field or policy name most likely meant; `undefined` when none is close. */
export function suggestWord(input: string, candidates: readonly string[]): string | undefined {
  return nearest(input, candidates, (candidate) => candidate)[0];
}

/**
 * The definitions a mistyped code or name most likely meant, at most three. A code (a number or numeric string, read
 * by `readCode`) gets the codes one slip away — a wrong, missing or extra digit, or two swapped digits — numerically
 * nearest first; a name gets the nearest names (`BAD_SYMBL` → `BAD_SYMBOL`) in catalogue order.
 */
export function suggestDefinitions<Definition extends ExchangeErrorDefinition>(
  catalogue: Catalogue<Definition>,
  input: string | number,
): readonly Definition[] {
  const code = readCode(input);
  if (code !== undefined) {
    const byNearness = [...catalogue.definitions].sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code));
    return nearest(String(code), byNearness, (definition) => String(definition.code)).slice(0, MAX_SUGGESTIONS);
  }
  if (typeof input !== 'string') return [];
  return nearest(input, catalogue.definitions, (definition) => definition.name).slice(0, MAX_SUGGESTIONS);
}
