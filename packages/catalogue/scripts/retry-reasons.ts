import type { ExchangeErrorName, RetryPolicy } from '../src/index.js';

/** What each policy asks of a client; rendered into docs/catalogue.md. */
export const policyMeanings: Record<RetryPolicy, string> = {
  reconcile:
    'Execution status unknown: query the order or account state before any retry; never blind-retry a non-idempotent request.',
  'resync-clock': 'Re-sync with the server time, sign the request again, then retry.',
  'rate-limit': 'Wait (honour `Retry-After`), lower the request or order rate, then retry.',
  backoff: 'Transient: retry with exponential backoff and jitter.',
  none: 'Not retryable: the same request fails the same way until it is changed.',
};

/** Why a code has its policy, where the policy alone does not say it. */
export const retryReasons: Partial<Record<ExchangeErrorName, string>> = {
  UNKNOWN: 'The server failed while processing the request, so it may or may not have executed.',
  UNEXPECTED_RESP: 'The page itself says "Execution status unknown".',
  TIMEOUT: 'The page says "Send status unknown; execution status unknown": the order may exist.',
  DISCONNECTED: 'An internal error that the page asks the client to "try again".',
  TOO_MANY_REQUESTS: 'The request rate exceeded the limit; the request itself was not processed.',
  TOO_MANY_ORDERS: 'The order rate exceeded the limit; the order was not placed.',
  INVALID_TIMESTAMP: 'The request was signed with a timestamp outside `recvWindow`; a fresh timestamp fixes it.',
  SERVICE_SHUTTING_DOWN: '"This service is no longer available" is permanent, not a transient outage.',
};

/** The group each code belongs to, as the page's headings give it. */
export const groupTitles: Record<string, string> = {
  general: '10xx — General server or network issues',
  request: '11xx — Request issues',
  order:
    '20xx — Order and account errors. The page lists these under its 11xx heading, but they are about orders, keys and balances, not malformed requests, so they form their own group.',
};
