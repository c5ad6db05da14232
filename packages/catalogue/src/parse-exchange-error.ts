import { readCode } from './code.js';
import type { ExchangeErrorDefinition, ParsedExchangeError } from './types.js';

/** How many wrappers (`cause`, `response.data`, JSON text) are followed before giving up. */
export const MAX_PARSE_DEPTH = 8;
/** JSON text longer than this is not an error payload and is not parsed. */
export const MAX_JSON_LENGTH = 64 * 1024;

/** Reads an own data property without running getters or letting a proxy trap escape. */
function readOwn(target: object, key: string): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

function parseJsonObject(text: string): unknown {
  if (text.length > MAX_JSON_LENGTH || !text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Builds a depth-bounded, cycle-safe parser over the catalogue's `lookup`. */
export function createParser<Definition extends ExchangeErrorDefinition>(
  lookup: (code: number) => Definition | undefined,
): (input: unknown) => ParsedExchangeError<Definition> | undefined {
  function describe(code: number, target: object): ParsedExchangeError<Definition> {
    const definition = lookup(code);
    const msg = readOwn(target, 'msg');
    const message = typeof msg === 'string' ? msg : readOwn(target, 'message');
    return {
      code,
      known: definition !== undefined,
      ...(definition === undefined ? {} : { name: definition.name, definition }),
      ...(typeof message === 'string' ? { message } : {}),
    };
  }

  function visit(value: unknown, depth: number, seen: Set<object>): ParsedExchangeError<Definition> | undefined {
    if (depth > MAX_PARSE_DEPTH) return undefined;
    if (typeof value === 'string') return visit(parseJsonObject(value), depth + 1, seen);
    if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
    seen.add(value);
    const code = readCode(readOwn(value, 'code'));
    if (code !== undefined) return describe(code, value);
    const response = readOwn(value, 'response');
    const fromResponse =
      typeof response === 'object' && response !== null ? visit(readOwn(response, 'data'), depth + 1, seen) : undefined;
    if (fromResponse !== undefined) return fromResponse;
    // Some clients throw `new Error(responseBody)`.
    const message = readOwn(value, 'message');
    const fromMessage = typeof message === 'string' ? visit(message, depth + 1, seen) : undefined;
    return fromMessage ?? visit(readOwn(value, 'cause'), depth + 1, seen);
  }

  return (input) => visit(input, 0, new Set());
}
