import type { HttpResponseInfo } from '../types.js';
import { isInstance, readOwn } from './own-property.js';

/** A `Retry-After` longer than this is not a header value. */
const MAX_RETRY_AFTER_LENGTH = 64;
const DELAY_SECONDS = /^\d{1,10}$/;
/** The HTTP date servers send (IMF-fixdate), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function toStatus(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}

/** The first of repeated header values (undici's arrays); a proxy's throwing trap counts as none. */
function firstValue(value: unknown): unknown {
  try {
    return Array.isArray(value) ? (value as unknown[])[0] : value;
  } catch {
    return undefined;
  }
}

/** `Retry-After` as milliseconds from now: delay-seconds, or an HTTP date (a past date means now). */
function retryAfterToMs(value: unknown): number | undefined {
  const text = firstValue(value);
  if (typeof text !== 'string' || text.length > MAX_RETRY_AFTER_LENGTH) return undefined;
  const trimmed = text.trim();
  if (DELAY_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  const date = HTTP_DATE.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

// Node defines the fetch classes as lazy getters of the global object: read once, when first needed.
let fetchClasses: { readonly Response: unknown; readonly Headers: unknown } | undefined;
function fetchClass(name: 'Response' | 'Headers'): unknown {
  fetchClasses ??= { Response: globalThis.Response, Headers: globalThis.Headers };
  return fetchClasses[name];
}

function httpInfo(status: number, retryAfterMs: number | undefined): HttpResponseInfo {
  return retryAfterMs === undefined ? { status } : { status, retryAfterMs };
}

/** A fetch `Response` of this realm: its status and headers are getters of the platform's own class. */
function readFetchResponse(response: Response): HttpResponseInfo | undefined {
  try {
    return httpInfo(response.status, retryAfterToMs(response.headers.get('retry-after')));
  } catch {
    // An object that only claims Response's prototype: the platform's getters refuse it.
    return undefined;
  }
}

function readRetryAfter(headers: unknown): number | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (isInstance(headers, fetchClass('Headers'))) {
    try {
      return retryAfterToMs((headers as Headers).get('retry-after'));
    } catch {
      return undefined;
    }
  }
  // Node's, got's, undici's, superagent's and axios's header objects keep lower-cased names as own properties.
  return retryAfterToMs(readOwn(headers, 'retry-after') ?? readOwn(headers, 'Retry-After'));
}

/** Node's `IncomingMessage` (got's response) computes `headers` in a getter; `rawHeaders` is its own name/value list. */
const MAX_RAW_HEADERS = 200;

function readRawRetryAfter(rawHeaders: unknown): number | undefined {
  try {
    if (!Array.isArray(rawHeaders) || rawHeaders.length > MAX_RAW_HEADERS) return undefined;
    for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
      const name: unknown = rawHeaders[index];
      if (typeof name === 'string' && name.toLowerCase() === 'retry-after')
        return retryAfterToMs(rawHeaders[index + 1]);
    }
  } catch {
    // A proxy of an array whose traps throw.
  }
  return undefined;
}

/**
 * The status and `Retry-After` of one carrier: axios (`status`, `headers`), got (`statusCode`, `rawHeaders`), undici
 * (`statusCode`, `headers`), superagent (`status`, `headers`), a fetch `Response`, or a wrapper's own `status`.
 */
export function readHttpResponse(carrier: unknown): HttpResponseInfo | undefined {
  if (typeof carrier !== 'object' || carrier === null) return undefined;
  const status = toStatus(readOwn(carrier, 'status')) ?? toStatus(readOwn(carrier, 'statusCode'));
  if (status === undefined) {
    // A fetch Response keeps its status in a getter: asked only of an object without an own status.
    return isInstance(carrier, fetchClass('Response')) ? readFetchResponse(carrier as Response) : undefined;
  }
  return httpInfo(
    status,
    readRetryAfter(readOwn(carrier, 'headers')) ?? readRawRetryAfter(readOwn(carrier, 'rawHeaders')),
  );
}

/**
 * The status and `Retry-After` the error came with, each from the outermost carrier that has it: the objects around
 * the payload, or else their `response` (ky 2 keeps the body on the error, the status in its Response).
 */
export function findHttpResponse(carriers: readonly object[]): HttpResponseInfo | undefined {
  let status: number | undefined;
  let retryAfterMs: number | undefined;
  for (const [index, carrier] of carriers.entries()) {
    const response = readOwn(carrier, 'response');
    const found =
      readHttpResponse(carrier) ?? (response === carriers[index + 1] ? undefined : readHttpResponse(response));
    status ??= found?.status;
    retryAfterMs ??= found?.retryAfterMs;
    if (retryAfterMs !== undefined && status !== undefined) break;
  }
  return status === undefined ? undefined : httpInfo(status, retryAfterMs);
}
