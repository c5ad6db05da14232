import { ExchangeError, type ParsedExchangeError } from '@exchange-errors/catalogue';
import { constructorName, describeParsed, describeValue, isError, safely, truncate } from './messages.js';
import type { MatcherUtils } from './types.js';

/** How much of a found text a clue quotes. */
const MAX_CLUE_TEXT = 40;
/** How far into a message a code is looked for. */
const MAX_SCANNED_MESSAGE = 1000;
/** A code the way exchanges write them in prose: `-1121`, not part of a longer number or word. */
const CODE_IN_TEXT = /(?<![\w.-])-\d{4,5}(?![\w.])/;
const BUILT_IN_ERRORS = new Set([
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
]);
/** Where clients keep what the server answered, as paths from the received value. */
const BODY_PATHS: readonly (readonly string[])[] = [
  ['data'],
  ['body'],
  ['text'],
  ['response', 'data'],
  ['response', 'body'],
  ['response', 'text'],
];

type Slot =
  { readonly kind: 'absent' } | { readonly kind: 'getter' } | { readonly kind: 'value'; readonly value: unknown };

function slotOf(target: unknown, key: string): Slot {
  if (typeof target !== 'object' || target === null) return { kind: 'absent' };
  const descriptor = safely(() => Object.getOwnPropertyDescriptor(target, key), undefined);
  if (descriptor === undefined) return { kind: 'absent' };
  return 'value' in descriptor ? { kind: 'value', value: descriptor.value } : { kind: 'getter' };
}

function slotAt(value: unknown, path: readonly string[]): Slot {
  let slot: Slot = { kind: 'value', value };
  for (const key of path) slot = slot.kind === 'value' ? slotOf(slot.value, key) : { kind: 'absent' };
  return slot;
}

function isFetchResponse(value: unknown): boolean {
  return typeof Response === 'function' && safely(() => value instanceof Response, false);
}

/** What a body-like property holds, for a reader looking for the payload. */
function describeFound(path: string, slot: Slot): string | undefined {
  if (slot.kind === 'absent') return undefined;
  if (slot.kind === 'getter') return `${path} is a getter, which is never run`;
  const { value } = slot;
  if (value === '') return `${path} is empty text`;
  if (typeof value === 'string') {
    return `${path} is text ${JSON.stringify(truncate(value, MAX_CLUE_TEXT))}, not an error payload`;
  }
  if (typeof value === 'number') return `${path} is ${value}, not a non-zero integer code`;
  if (typeof value === 'object' && value !== null) return `${path} is an object without a code`;
  return undefined;
}

/**
 * What in an unrecognised value looks like part of an exchange error, and where: an unread fetch `Response`, a
 * body-like property, a code in the message. Never runs getters; empty for values with nothing of the kind.
 */
function findClues(value: unknown, bodyRead: boolean): string[] {
  const clues: string[] = [];
  if (slotAt(value, ['code']).kind === 'getter') clues.push('code is a getter, which is never run');
  const response = slotAt(value, ['response']);
  if (isFetchResponse(value) || (response.kind === 'value' && isFetchResponse(response.value))) {
    clues.push(
      bodyRead
        ? 'the body of its fetch Response holds no error payload'
        : 'its body is in an unread fetch Response: assert through `.rejects`/`.resolves`, or `await readExchangeError(value)`',
    );
  }
  for (const path of BODY_PATHS) {
    const clue = describeFound(path.join('.'), slotAt(value, path));
    if (clue !== undefined) clues.push(clue);
  }
  const message = slotAt(value, ['message']);
  if (message.kind === 'value' && typeof message.value === 'string') {
    const code = CODE_IN_TEXT.exec(message.value.slice(0, MAX_SCANNED_MESSAGE))?.[0];
    if (code !== undefined) clues.push(`its message mentions ${code}, but not in a JSON payload`);
  }
  return clues;
}

/**
 * `an Error of class HTTPError "…"` for an error of a class other than JavaScript's own (one named `ExchangeError` that
 * is not this package's is said to be foreign), `describeValue` for anything else.
 */
function describeReceived(value: unknown): string {
  if (typeof value !== 'object' || value === null || !isError(value)) return describeValue(value);
  const className = constructorName(value);
  if (BUILT_IN_ERRORS.has(className)) return describeValue(value);
  const foreign = className === 'ExchangeError' && !safely(() => value instanceof ExchangeError, false);
  const message = slotOf(value, 'message');
  const text =
    message.kind === 'value' && typeof message.value === 'string' ? ` ${JSON.stringify(truncate(message.value))}` : '';
  return `an Error of class ${className}${foreign ? " (not @exchange-errors/catalogue's)" : ''}${text}`;
}

/**
 * The received side when it holds no error the catalogue knows: not an exchange error (and what looked like one), or an
 * unknown code. `bodyRead`: an unread fetch Response on it has been read already.
 */
export function describeUnrecognised(
  value: unknown,
  parsed: ParsedExchangeError | undefined,
  utils: MatcherUtils,
  bodyRead = false,
): string {
  if (parsed !== undefined) return `${describeParsed(parsed, utils)}, a code the catalogue does not know`;
  const clues = findClues(value, bodyRead).map((clue) => `; ${clue}`);
  return `${utils.RECEIVED_COLOR(describeReceived(value))}, which is not an exchange error${clues.join('')}`;
}
