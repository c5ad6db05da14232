import { readCode } from './code.js';
import { findHttpResponse } from './parse/http-response.js';
import { parseJsonText } from './parse/json-text.js';
import { readOwn } from './parse/own-property.js';
import type { ExchangeErrorDefinition, ParsedExchangeError } from './types.js';

export { MAX_JSON_LENGTH, MAX_JSON_PREFIX_LENGTH } from './parse/json-text.js';

/** How many wrappers (`cause`, `response`, a body, JSON text) are followed before giving up. */
export const MAX_PARSE_DEPTH = 8;

/**
 * Where clients keep a response body, as an object or JSON text: axios and ky 2 `data`, got, undici and fetch wrappers
 * `body`, superagent `text` (its `body` is a getter, never run).
 */
const BODY_KEYS = ['data', 'body', 'text'] as const;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The payload a text holds (whole or after a short prefix); any other value as it is. */
function asPayload(value: unknown): unknown {
  return typeof value === 'string' ? parseJsonText(value) : value;
}

/** Builds a depth-bounded, cycle-safe parser over the catalogue's `lookup`. */
export function createParser<Definition extends ExchangeErrorDefinition>(
  lookup: (code: number) => Definition | undefined,
): (input: unknown) => ParsedExchangeError<Definition> | undefined {
  function describe(code: number, target: object, carriers: readonly object[]): ParsedExchangeError<Definition> {
    const definition = lookup(code);
    const msg = readOwn(target, 'msg');
    const message = typeof msg === 'string' ? msg : readOwn(target, 'message');
    const http = carriers.length === 0 ? undefined : findHttpResponse(carriers);
    return {
      code,
      known: definition !== undefined,
      ...(definition === undefined ? {} : { name: definition.name, definition }),
      ...(typeof message === 'string' ? { message } : {}),
      ...(http === undefined ? {} : { http }),
    };
  }

  /**
   * `carriers`: the objects between the input and `value`, outermost first, for the HTTP response they carry; `seen`
   * guards against cycles. Both are made on the first step down into an object, so a value that holds none allocates
   * neither.
   */
  function visit(
    value: unknown,
    depth: number,
    seen: Set<object> | undefined,
    carriers: object[] | undefined,
    isResponse: boolean,
  ): ParsedExchangeError<Definition> | undefined {
    const target = asPayload(value);
    if (typeof target !== 'object' || target === null || depth > MAX_PARSE_DEPTH || seen?.has(target) === true) {
      return undefined;
    }
    const code = readCode(readOwn(target, 'code'));
    if (code !== undefined) return describe(code, target, carriers ?? []);
    const response = readOwn(target, 'response');
    // A body belongs to a response: one reached as `response`, or an object with a status or a `response` of its own.
    const hasBody =
      isResponse ||
      response !== undefined ||
      readOwn(target, 'status') !== undefined ||
      readOwn(target, 'statusCode') !== undefined;
    // Some clients throw `new Error(responseBody)`, ccxt `new BadSymbol('binance ' + responseBody)`.
    const message = asPayload(readOwn(target, 'message'));
    const cause = readOwn(target, 'cause');
    if (!hasBody && !isObject(response) && !isObject(message) && !isObject(cause)) return undefined;
    const visited = seen ?? new Set();
    visited.add(target);
    const path = carriers ?? [];
    path.push(target);
    const next = depth + 1;
    // The response first: where most clients keep the body, and the cheaper way to it.
    let found = visit(response, next, visited, path, true);
    if (hasBody) {
      for (const key of BODY_KEYS) {
        found ??= visit(readOwn(target, key), next, visited, path, false);
      }
    }
    found ??= visit(message, next, visited, path, false) ?? visit(cause, next, visited, path, false);
    path.pop();
    return found;
  }

  return (input) => visit(input, 0, undefined, undefined, false);
}
