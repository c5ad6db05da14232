import {
  describeDefinition,
  joinAlternatives,
  suggestDefinitions,
  type Catalogue,
  type ParsedExchangeError,
} from '@exchange-errors/catalogue';
import type { MatcherContext, MatcherResult, MatcherUtils } from './types.js';

/** Received texts can be megabytes long; failure messages show this much of them. */
const MAX_PREVIEW_LENGTH = 120;
/** How many properties of a received object the preview lists. */
const MAX_PREVIEW_ENTRIES = 4;

/** `read()`, or `fallback` when it throws: for reads that a proxy trap or a getter can make throw. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function truncate(text: string, maxLength = MAX_PREVIEW_LENGTH): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength)}… (${text.length} characters)`;
}

/** The constructor name of an object, read without running getters or proxy traps that could throw. */
export function constructorName(value: object): string {
  return safely(() => {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === null) return 'Object';
    const constructor: unknown = Object.getOwnPropertyDescriptor(prototype, 'constructor')?.value;
    return typeof constructor === 'function' && constructor.name !== '' ? constructor.name : 'Object';
  }, 'Object');
}

export function isError(value: object): boolean {
  return safely(() => value instanceof Error, false);
}

function previewPrimitive(value: unknown): string | undefined {
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return safely(() => value.toString(), 'Symbol()');
  if (typeof value === 'function') return `[Function ${safely(() => value.name, '') || 'anonymous'}]`;
  if (typeof value !== 'object' || value === null) return String(value);
  return undefined;
}

/** Own data properties of an object, for a preview; accessors are named, never run. */
function previewEntries(value: object): string {
  const keys = safely(() => Reflect.ownKeys(value).filter((key): key is string => typeof key === 'string'), []);
  const shown = keys.slice(0, MAX_PREVIEW_ENTRIES).map((key) => {
    const descriptor = safely(() => Object.getOwnPropertyDescriptor(value, key), undefined);
    const shownValue =
      descriptor === undefined || !('value' in descriptor)
        ? '[Getter]'
        : (previewPrimitive(descriptor.value) ?? (Array.isArray(descriptor.value) ? '[…]' : '{…}'));
    return `${key}: ${shownValue}`;
  });
  const more = keys.length > MAX_PREVIEW_ENTRIES ? ', …' : '';
  return `{${shown.join(', ')}${more}}`;
}

/** The type and a short preview of any value, e.g. `number 42` or `object {code: "x"}`; never throws. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  const primitive = previewPrimitive(value);
  if (primitive !== undefined) return typeof value === 'function' ? primitive : `${typeof value} ${primitive}`;
  const object = value as object;
  const name = constructorName(object);
  if (isError(object)) {
    const message = safely(() => Object.getOwnPropertyDescriptor(object, 'message')?.value, undefined);
    return typeof message === 'string' ? `${name} ${JSON.stringify(truncate(message))}` : name;
  }
  if (safely(() => Array.isArray(object), false)) {
    return `array of ${safely(() => (object as unknown[]).length, 0)} items`;
  }
  return `${name === 'Object' ? 'object' : name} ${previewEntries(object)}`;
}

/** Params on one line, `["symbol", "side"]`, each printed by the runner. */
export function formatParams(params: readonly unknown[], print: (value: unknown) => string): string {
  return `[${params.map((param) => print(param)).join(', ')}]`;
}

/** A received exchange error as `BAD_SYMBOL (-1121) "Invalid symbol."`. */
export function describeParsed(parsed: ParsedExchangeError, utils: MatcherUtils): string {
  const identity =
    parsed.definition === undefined ? `unknown code ${parsed.code}` : describeDefinition(parsed.definition);
  const message = parsed.message === undefined ? '' : ` ${utils.printReceived(truncate(parsed.message))}`;
  return `${utils.RECEIVED_COLOR(identity)}${message}`;
}

/** "; did you mean X?" for a suggestion, nothing without one. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
}

/** "; did you mean BAD_SYMBOL (-1121)?" for a mistyped code or name: the catalogue's hint, as the lint rules give it. */
export function didYouMeanDefinition(catalogue: Catalogue, input: string | number): string {
  const suggestions = suggestDefinitions(catalogue, input);
  return suggestions.length === 0 ? '' : didYouMean(joinAlternatives(suggestions.map(describeDefinition)));
}

/** The first line of a failure message, e.g. `expect(received).not.toBeExchangeError(expected)`. */
export function hintFor(context: MatcherContext, matcherName: string, expectedLabel: string): string {
  return context.utils.matcherHint(matcherName, undefined, expectedLabel, {
    isNot: context.isNot === true,
    ...(context.promise ? { promise: context.promise } : {}),
  });
}

/**
 * A result that fails with and without `.not`: a misspelt expectation must never pass silently.
 * Asymmetric use gets the same treatment, as the runner inverts `pass` for `expect.not.*`.
 */
export function failWhateverTheNegation(context: MatcherContext, hint: string, problem: string): MatcherResult {
  return { pass: context.isNot === true, message: () => `${hint}\n\n${problem}` };
}

/** Lines of a failure message below the hint, labels aligned. */
export function formatLines(hint: string, lines: readonly (readonly [label: string, text: string])[]): string {
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  return [hint, '', ...lines.map(([label, text]) => `${`${label}:`.padEnd(width)}${text}`)].join('\n');
}
