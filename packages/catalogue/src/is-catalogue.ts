import type { Catalogue } from './types.js';

const CATALOGUE_FUNCTIONS = ['get', 'parse', 'retryPolicyOf', 'isRetryable'] as const;

/**
 * Whether `value` has every member of a catalogue, as `defineCatalogue` builds it; a catalogue from an older copy of
 * this package lacks some and is refused. Never throws, also not for a proxy whose traps do.
 */
export function isCatalogue(value: unknown): value is Catalogue {
  try {
    if (typeof value !== 'object' || value === null) return false;
    const members = value as Partial<Record<keyof Catalogue, unknown>>;
    return (
      Array.isArray(members.definitions) &&
      Array.isArray(members.retryable) &&
      members.byCode instanceof Map &&
      members.byName instanceof Map &&
      typeof members.codes === 'object' &&
      members.codes !== null &&
      CATALOGUE_FUNCTIONS.every((name) => typeof members[name] === 'function')
    );
  } catch {
    return false;
  }
}
