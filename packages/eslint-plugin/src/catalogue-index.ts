import type { Catalogue, ExchangeErrorDefinition } from '@exchange-errors/catalogue';

/** One message variant of a definition, split at its `%s` placeholders. */
export interface IndexedMessageVariant {
  readonly definition: ExchangeErrorDefinition;
  readonly variant: string;
  /** The literal text between placeholders; a single segment when the variant has none. */
  readonly segments: readonly string[];
}

/** The smallest and largest of some numbers. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** Lookups the rules need, computed once per catalogue object. */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  readonly byCode: ReadonlyMap<number, ExchangeErrorDefinition>;
  readonly byName: ReadonlyMap<string, ExchangeErrorDefinition>;
  /** `String(code)` → definition, so a numeric string is one map lookup. */
  readonly byCodeText: ReadonlyMap<string, ExchangeErrorDefinition>;
  /** `Math.abs(code)` of every code: the cheap first test for a numeric literal, whose sign is a separate node. */
  readonly codeMagnitudes: ReadonlySet<number>;
  /** `codeShape` of every code: what a number must look like to be taken for a code of this catalogue. */
  readonly codeShapes: ReadonlySet<string>;
  /** Range of `Math.abs(code)`: a number literal outside it is no code, whatever its sign. */
  readonly codeMagnitudeRange: NumberRange;
  /** Magnitudes with as many digits as some code (`1000`–`9999` for `-1121`): outside it, no number is code-shaped. */
  readonly codeShapedMagnitudeRange: NumberRange;
  /** Range of `String(code).length`: a string of another length is neither a code nor code-shaped. */
  readonly codeTextLengthRange: NumberRange;
  /** Whether some code is negative, so a code text can start with `-`. */
  readonly hasNegativeCodes: boolean;
  /** Whether some code is positive, so a code text can start with a digit. */
  readonly hasPositiveCodes: boolean;
  /** Definitions whose retry policy is not `none`, in catalogue order. */
  readonly retryable: readonly ExchangeErrorDefinition[];
  readonly messageVariants: readonly IndexedMessageVariant[];
}

/** `-4` for `-1121`: the sign and digit count of an integer, so `-1211` looks like a code and `1000` does not. */
export function codeShape(code: number): string {
  return `${code < 0 ? '-' : '+'}${String(Math.abs(code)).length}`;
}

function rangeOf(numbers: readonly number[]): NumberRange {
  return { min: Math.min(...numbers), max: Math.max(...numbers) };
}

/** The magnitudes written with as many digits as the given ones; `0` counts as one digit. */
function sameDigitCountRange(magnitudes: NumberRange): NumberRange {
  const fewestDigits = String(magnitudes.min).length;
  const mostDigits = String(magnitudes.max).length;
  return { min: fewestDigits === 1 ? 0 : 10 ** (fewestDigits - 1), max: 10 ** mostDigits - 1 };
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = indexes.get(catalogue);
  if (cached !== undefined) return cached;
  const { definitions } = catalogue;
  const codes = definitions.map((definition) => definition.code);
  const codeMagnitudeRange = rangeOf(codes.map((code) => Math.abs(code)));
  const index: CatalogueIndex = {
    catalogue,
    byCode: new Map(definitions.map((definition) => [definition.code, definition])),
    byName: new Map(definitions.map((definition) => [definition.name, definition])),
    byCodeText: new Map(definitions.map((definition) => [String(definition.code), definition])),
    codeMagnitudes: new Set(definitions.map((definition) => Math.abs(definition.code))),
    codeShapes: new Set(definitions.map((definition) => codeShape(definition.code))),
    codeMagnitudeRange,
    codeShapedMagnitudeRange: sameDigitCountRange(codeMagnitudeRange),
    codeTextLengthRange: rangeOf(codes.map((code) => String(code).length)),
    hasNegativeCodes: codes.some((code) => code < 0),
    hasPositiveCodes: codes.some((code) => code > 0),
    retryable: definitions.filter((definition) => definition.retry !== 'none'),
    messageVariants: definitions.flatMap((definition) =>
      definition.messages.map((variant) => ({ definition, variant, segments: variant.split('%s') })),
    ),
  };
  indexes.set(catalogue, index);
  return index;
}

/** `TIMEOUT (-1007)`: how messages name a definition. */
export function describeDefinition(definition: ExchangeErrorDefinition): string {
  return `${definition.name} (${definition.code})`;
}
