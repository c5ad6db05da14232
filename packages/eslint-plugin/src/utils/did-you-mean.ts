import type { ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import { distance } from 'fastest-levenshtein';
import type { CatalogueIndex } from '../catalogue-index.js';

/** At most this many candidates are offered. */
const MAX_SUGGESTIONS = 3;

function closest(
  index: CatalogueIndex,
  keyOf: (definition: ExchangeErrorDefinition) => string,
  input: string,
  maxDistance: number,
): ExchangeErrorDefinition[] {
  return index.catalogue.definitions
    .map((definition) => ({ definition, edits: distance(input.toUpperCase(), keyOf(definition).toUpperCase()) }))
    .filter(({ edits }) => edits <= maxDistance)
    .sort((a, b) => a.edits - b.edits)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ definition }) => definition);
}

/** Catalogue definitions whose name is a near miss of `name` (`BAD_SYMBL` → `BAD_SYMBOL`), nearest first. */
export function closestByName(index: CatalogueIndex, name: string): ExchangeErrorDefinition[] {
  // A third of the name, at least one edit: near misses, not arbitrary names.
  return closest(index, (definition) => definition.name, name, Math.max(1, Math.floor(name.length / 3)));
}

/** Catalogue definitions whose code is a near miss of `code` as typed (`-1211` → `-1121`), nearest first. */
export function closestByCode(index: CatalogueIndex, code: number): ExchangeErrorDefinition[] {
  // Two edits cover one swapped pair of digits, the commonest slip in a code.
  return closest(index, (definition) => String(definition.code), String(code), 2);
}
