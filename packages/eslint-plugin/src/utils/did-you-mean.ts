import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { distance } from 'fastest-levenshtein';
import type { CatalogueIndex } from '../catalogue-index.js';

/** At most this many candidates are offered. */
const MAX_SUGGESTIONS = 3;

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

/**
 * The candidates at the smallest distance, if that is at most `maxDistance`, in the order given. Among
 * candidates one slip away, swapped neighbours win: every character the author remembered is there.
 */
function nearest(
  candidates: readonly ExchangeErrorDefinition[],
  keyOf: (definition: ExchangeErrorDefinition) => string,
  input: string,
  maxDistance: number,
): ExchangeErrorDefinition[] {
  const typed = input.toUpperCase();
  const scored = candidates.map((definition) => {
    const key = keyOf(definition).toUpperCase();
    // A swap ranks half a slip ahead of other single slips.
    return { definition, rank: isAdjacentSwap(typed, key) ? 0.5 : distance(typed, key) };
  });
  const best = Math.min(...scored.map(({ rank }) => rank));
  if (best > maxDistance) return [];
  return scored
    .filter(({ rank }) => rank === best)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ definition }) => definition);
}

/** Catalogue definitions whose name is a near miss of `name` (`BAD_SYMBL` → `BAD_SYMBOL`), in catalogue order. */
export function closestByName(index: CatalogueIndex, name: string): ExchangeErrorDefinition[] {
  // A third of the name, at least one slip: near misses, not arbitrary names.
  return nearest(
    index.catalogue.definitions,
    (definition) => definition.name,
    name,
    Math.max(1, Math.floor(name.length / 3)),
  );
}

/**
 * Catalogue definitions whose code is one slip from `code` as typed — a wrong, missing or extra digit, or two
 * swapped digits (`-1211` → `-1121`) — numerically nearest first.
 */
export function closestByCode(index: CatalogueIndex, code: number): ExchangeErrorDefinition[] {
  // More than one slip away, almost every code of a four-digit catalogue is a candidate: no hint is better.
  const byNearness = [...index.catalogue.definitions].sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code));
  return nearest(byNearness, (definition) => String(definition.code), String(code), 1);
}

/** `A`, `A or B`, `A, B or C`: alternatives as a message lists them. */
export function joinAlternatives(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join('');
}
