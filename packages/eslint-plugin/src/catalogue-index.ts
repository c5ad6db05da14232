import type { Catalogue } from '@exchange-errors/catalogue';

/**
 * The catalogue and the cheap first tests the rules run on every literal of a file, before any lookup: most
 * numbers and strings are no code and fail here. Lookups, names and templates come from the catalogue itself.
 */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  /** Whether a number literal (unsigned: the sign is a separate node) has as many digits as some code. */
  mayBeCode(magnitude: number): boolean;
  /** Whether a string may spell a code or a code-shaped number, judged by its length and first character. */
  mayBeCodeText(text: string): boolean;
  /** Whether an integer has the sign and digit count of some code: `-1211` looks like a code, `1000` does not. */
  looksLikeCode(code: number): boolean;
}

/** `-4` for `-1121`: the sign and digit count of an integer. */
function codeShape(code: number): string {
  return `${code < 0 ? '-' : '+'}${String(Math.abs(code)).length}`;
}

/** The most characters a code text can have: a sign and the 15 digits `readCode` reads. */
const MAX_CODE_TEXT_LENGTH = 16;

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = indexes.get(catalogue);
  if (cached !== undefined) return cached;
  const codes = catalogue.definitions.map((definition) => definition.code);
  const digitCounts = codes.map((code) => String(Math.abs(code)).length);
  // Magnitudes written with as many digits as some code (`1000`–`9999` for `-1121`); `0` counts as one digit.
  const fewestDigits = Math.min(...digitCounts);
  const smallestMagnitude = fewestDigits === 1 ? 0 : 10 ** (fewestDigits - 1);
  const largestMagnitude = 10 ** Math.max(...digitCounts) - 1;
  // Leading zeros make a code text longer (`'-01121'`), never shorter.
  const shortestText = Math.min(...codes.map((code) => String(code).length));
  const hasNegativeCodes = codes.some((code) => code < 0);
  const hasPositiveCodes = codes.some((code) => code > 0);
  const shapes = new Set(codes.map(codeShape));
  const index: CatalogueIndex = {
    catalogue,
    mayBeCode: (magnitude) => magnitude >= smallestMagnitude && magnitude <= largestMagnitude,
    mayBeCodeText(text) {
      if (text.length < shortestText || text.length > MAX_CODE_TEXT_LENGTH) return false;
      const first = text[0] ?? '';
      return first === '-' ? hasNegativeCodes : hasPositiveCodes && first >= '0' && first <= '9';
    },
    looksLikeCode: (code) => Number.isSafeInteger(code) && shapes.has(codeShape(code)),
  };
  indexes.set(catalogue, index);
  return index;
}
