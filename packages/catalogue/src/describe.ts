import type { ExchangeErrorDefinition } from './types.js';

/** `BAD_SYMBOL (-1121)`: how every message of the lint rules and the matchers names a definition. */
export function describeDefinition(definition: ExchangeErrorDefinition): string {
  return `${definition.name} (${definition.code})`;
}

/** `A`, `A or B`, `A, B or C`: alternatives as a message lists them. */
export function joinAlternatives(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join('');
}
