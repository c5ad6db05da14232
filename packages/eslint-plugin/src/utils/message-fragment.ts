import { splitMessageTemplate, type ExchangeErrorDefinition } from '@exchange-errors/catalogue';
import type { CatalogueIndex } from '../catalogue-index.js';

/**
 * A part of a message counts as the message when it has at least this many words and letters of catalogue text:
 * `'Order volume lower'` does, `'Invalid'`, `'not valid'` and `'does not exist'` do not.
 */
export const MIN_FRAGMENT_WORDS = 3;
export const MIN_FRAGMENT_LETTERS = 15;

const WORD = /[\p{L}\p{N}]+/gu;
/** Source of a regular expression without syntax: literal characters and escaped punctuation (`Invalid symbol\.`). */
const PLAIN_PATTERN = /^(?:[^\\^$.*+?()[\]{}|]|\\[^\p{L}\p{N}_])*$/u;
/** Placeholder values a regular expression is tried with: a word and a number. */
const PLACEHOLDER_SAMPLES = ['x', '1'];
/** A regular expression that matches this matches any sentence (`/.+/`, `/\w+ \w+/`): it is not about a message. */
const UNRELATED_SENTENCE = 'Lorem ipsum dolor sit amet, 42 consectetur adipiscing elit.';

function letterCount(pieces: readonly string[]): number {
  return pieces.reduce((count, piece) => count + (piece.match(WORD) ?? []).join('').length, 0);
}

function wordCount(pieces: readonly string[]): number {
  return pieces.reduce((count, piece) => count + (piece.match(WORD) ?? []).length, 0);
}

/**
 * Past a placeholder, which takes any text: the leftmost whole occurrence of the next segment continues the
 * fragment (a placeholder may be empty, so leftmost is enough); failing that, the text ends in the longest
 * prefix of that segment it ends with, or in the placeholder itself.
 */
function coverAfterPlaceholder(segments: readonly string[], next: number, text: string): string[] {
  const segment = segments[next] ?? '';
  const found = next === segments.length - 1 ? -1 : text.indexOf(segment);
  if (found !== -1) return [segment, ...coverAfterPlaceholder(segments, next + 1, text.slice(found + segment.length))];
  for (let length = Math.min(segment.length, text.length); length > 0; length -= 1) {
    if (text.endsWith(segment.slice(0, length))) return [segment.slice(0, length)];
  }
  return [];
}

/** The catalogue text covered when `text` starts with `rest`, the tail of segment `current`. */
function coverFrom(segments: readonly string[], current: number, rest: string, text: string): string[] | undefined {
  if (text.length <= rest.length) return rest.startsWith(text) ? [text] : undefined;
  if (!text.startsWith(rest) || current === segments.length - 1) return undefined;
  return [rest, ...coverAfterPlaceholder(segments, current + 1, text.slice(rest.length))];
}

/**
 * The pieces of catalogue text that `text` covers when it is part of some message of the variant, a placeholder standing
 * for any text — `"parameter 'side' was"` covers `parameter '` and `' was` of `Parameter '%s' was empty.` —
 * choosing the alignment that covers most; `undefined` when `text` is no part of any such message.
 */
export function coveredCatalogueText(segments: readonly string[], text: string): string[] | undefined {
  let best: string[] | undefined;
  segments.forEach((segment, current) => {
    for (const start of alignedStarts(segment, text)) {
      const pieces = coverFrom(segments, current, segment.slice(start), text);
      if (pieces !== undefined && (best === undefined || letterCount(pieces) > letterCount(best))) best = pieces;
    }
  });
  return best;
}

/**
 * Where in `segment` the rest that `text` may start with, or be the start of, can begin, in order: a rest and the
 * text agree in their first character, and the empty rest at the end agrees with any text.
 */
function alignedStarts(segment: string, text: string): number[] {
  const first = text[0];
  if (first === undefined) return Array.from({ length: segment.length + 1 }, (_, start) => start);
  const starts: number[] = [];
  for (let start = segment.indexOf(first); start !== -1; start = segment.indexOf(first, start + 1)) starts.push(start);
  starts.push(segment.length);
  return starts;
}

/** The lower-case segments of each message variant, split once: every compared text is tried against them. */
const lowerCaseSegments = new Map<string, readonly string[]>();

function lowerCaseSegmentsOf(variant: string): readonly string[] {
  let segments = lowerCaseSegments.get(variant);
  if (segments === undefined) {
    segments = splitMessageTemplate(variant).map((segment) => segment.toLowerCase());
    lowerCaseSegments.set(variant, segments);
  }
  return segments;
}

/** Whether `text` (lower case) is the whole variant or a part of it long enough to stand for it. */
function isSignificantPart(variant: string, text: string): boolean {
  const segments = lowerCaseSegmentsOf(variant);
  const covered = coveredCatalogueText(segments, text);
  if (covered === undefined) return false;
  const letters = letterCount(covered);
  // Punctuation and case aside, the whole message: `'invalid symbol'` for `Invalid symbol.`.
  if (letters > 0 && letters === letterCount(segments)) return true;
  return wordCount(covered) >= MIN_FRAGMENT_WORDS && letters >= MIN_FRAGMENT_LETTERS;
}

/** Definitions found for a compared value, per catalogue: a codebase compares the same texts again and again. */
type DefinitionsCache = WeakMap<CatalogueIndex, Map<string, readonly ExchangeErrorDefinition[]>>;

/** Distinct values kept per catalogue; past it the cache starts afresh, so a long-lived process stays bounded. */
const MAX_CACHED_VALUES = 10_000;

const definitionsByText: DefinitionsCache = new WeakMap();
const definitionsByPattern: DefinitionsCache = new WeakMap();
const definitionsByNamingText: DefinitionsCache = new WeakMap();

function cachedPerIndex(
  caches: DefinitionsCache,
  index: CatalogueIndex,
  key: string,
  find: () => readonly ExchangeErrorDefinition[],
): readonly ExchangeErrorDefinition[] {
  let cache = caches.get(index);
  if (cache === undefined) {
    cache = new Map();
    caches.set(index, cache);
  }
  let definitions = cache.get(key);
  if (definitions === undefined) {
    if (cache.size >= MAX_CACHED_VALUES) cache.clear();
    definitions = find();
    cache.set(key, definitions);
  }
  return definitions;
}

/** The definitions of the catalogue with a message variant that `matches`, in catalogue order. */
function definitionsWithVariant(
  index: CatalogueIndex,
  matches: (variant: string) => boolean,
): ExchangeErrorDefinition[] {
  return index.catalogue.definitions.filter((definition) => definition.messages.some(matches));
}

/**
 * Definitions with a message that `text` is, or a significant part of, compared case-insensitively with a placeholder
 * standing for any text: `'Invalid symbol.'`, `'insufficient balance'`, `"Parameter 'side' was empty."`.
 */
export function definitionsMatchingText(index: CatalogueIndex, text: string): readonly ExchangeErrorDefinition[] {
  const lowerCase = text.toLowerCase();
  return cachedPerIndex(definitionsByText, index, lowerCase, () =>
    definitionsWithVariant(index, (variant) => isSignificantPart(variant, lowerCase)),
  );
}

/**
 * Definitions with a message that `pattern` finds a significant part of, case-insensitively, placeholders filled with
 * sample values. A pattern of plain text is matched as text, so `/Parameter 'side'/` still finds its template;
 * a pattern that also matches an unrelated sentence, or nothing at all, matches no definition.
 */
export function definitionsMatchingPattern(index: CatalogueIndex, pattern: RegExp): readonly ExchangeErrorDefinition[] {
  if (PLAIN_PATTERN.test(pattern.source)) {
    return definitionsMatchingText(index, pattern.source.replace(/\\(.)/gu, '$1'));
  }
  // Flags cannot contain a slash, so `flags/source` names one pattern.
  return cachedPerIndex(definitionsByPattern, index, `${pattern.flags}/${pattern.source}`, () => {
    // Without `g` or `y`, `exec` ignores `lastIndex`; `i` because messages are compared regardless of case.
    const search = new RegExp(pattern.source, `${pattern.flags.replace(/[gyi]/g, '')}i`);
    if (search.test('') || search.test(UNRELATED_SENTENCE)) return [];
    return definitionsWithVariant(index, (variant) =>
      PLACEHOLDER_SAMPLES.some((sample) => {
        const found = search.exec(splitMessageTemplate(variant).join(sample));
        return found !== null && isSignificantPart(variant, found[0].toLowerCase());
      }),
    );
  });
}

/** A code (`-1021`) or an UPPER_SNAKE name (`UNKNOWN_ORDER`) standing alone in a text or a pattern source. */
const CODE_OR_NAME = /(?<![\w.-])-?\d+(?![\w.])|(?<![\w$])[A-Z][A-Z\d]*(?:_[A-Z\d]+)+(?![\w$])/gu;

/**
 * Definitions a text names by code or by name: `'Error -1021'`, the source of `/-2013|NO_SUCH_ORDER/`. Errors
 * whose message carries the code (`Error -1021: …`) are then told apart by their text, where the code is.
 */
export function definitionsNamedInText(index: CatalogueIndex, text: string): readonly ExchangeErrorDefinition[] {
  return cachedPerIndex(definitionsByNamingText, index, text, () => {
    const found = (text.match(CODE_OR_NAME) ?? []).map((word) => index.catalogue.get(word));
    return [...new Set(found.filter((definition) => definition !== undefined))];
  });
}
