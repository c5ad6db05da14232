import { describe, expect, it } from 'vitest';
import { inferRetryPolicy } from '../../src/import/index.js';

describe('inferRetryPolicy', () => {
  it.each([
    ['ORDER_SENT', ['Send status unknown; execution status unknown. Try again.'], 'reconcile', 'Send status unknown'],
    ['FAILED', ['An unknown error occurred.'], 'reconcile', 'unknown error'],
    ['BAD_TIME', ['Timestamp outside recvWindow.'], 'resync-clock', 'Timestamp'],
    ['LATE', ['Request outside the recvWindow.'], 'resync-clock', 'recvWindow'],
    ['tooManyRequests', ['Slow down.'], 'rate-limit', 'too Many Requests'],
    ['SLOW_DOWN', ['Request weight over the limit.'], 'rate-limit', 'weight'],
    ['LOCKED_OUT', ['Way too many requests; IP banned until %s.'], 'rate-limit', 'too many requests'],
    ['RATE', ['Slow down.'], 'rate-limit', 'RATE'],
    ['SERVER_BUSY', ['Please try again.'], 'backoff', 'BUSY'],
    ['OVERLOADED', ['x'], 'backoff', 'OVERLOADED'],
    ['LINK', ['Disconnected from the matching engine.'], 'backoff', 'Disconnected'],
  ] as const)('%s → %s', (name, messages, retry, words) => {
    expect(inferRetryPolicy(name, messages)).toEqual({ retry, reason: expect.objectContaining({ words }) });
  });

  it.each([
    ['TOO_MANY_PARAMETERS', ['Too many parameters sent for this endpoint.']],
    ['UNTIMESTAMP', ['Add X-CH-TS to all request headers']],
    ['UNKNOWN_PARAM', ['each request requires at least one parameter. {Timestamp}.']],
    ['SEPARATE', ['Separate the ratings.']],
  ])('%s has no retry words', (name, messages) => {
    expect(inferRetryPolicy(name, messages)).toEqual({ retry: 'none', reason: { source: 'no cue' } });
  });
});
