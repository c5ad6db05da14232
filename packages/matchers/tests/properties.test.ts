import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import '../src/vitest.js';
// The catalogue's hostile values: proxies and getters that throw, cycles, __proto__ JSON, 10 MB text, deep causes.
import { hostileValue, objectPrototypeSnapshot } from '@exchange-errors/hostile-values';

// Few runs, as each one calls every matcher three ways; time is bounded by the inputs' sizes, not asserted.
const RUNS = { numRuns: 60 };
const prototypeBefore = objectPrototypeSnapshot();

afterAll(() => {
  expect(objectPrototypeSnapshot()).toEqual(prototypeBefore);
});

/** Arguments a matcher may be called with: valid ones, typos, and anything at all. */
const expectedArgument = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    'BAD_SYMBOL',
    'TIMEOUT',
    -1121,
    -1007,
    'BAD_SYMBL',
    -1211,
    'reconcile',
    'rate-limit',
    'none',
  ),
  fc.record(
    {
      name: fc.constantFrom('BAD_SYMBOL', 'TIMEOUT', 'NOPE'),
      message: fc.oneof(fc.string(), fc.constant(/Invalid/g)),
      params: fc.array(fc.string()),
    },
    { requiredKeys: [] },
  ),
  hostileValue.map(({ make }) => make),
);

const matcherNames = ['toBeExchangeError', 'toBeRetryableExchangeError', 'toThrowExchangeError'] as const;

/** Runs a matcher; only an assertion failure (never a TypeError from inside) may escape. */
function outcome(run: () => void): { readonly failed: boolean } {
  try {
    run();
    return { failed: false };
  } catch (error) {
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(RangeError);
    const message = stripVTControlCharacters(String((error as Error).message));
    expect(message).toMatch(/^expect\(received\)\.(?:not\.)?to(?:Be|Throw)(?:Retryable)?ExchangeError\(/);
    // Bounded by the preview limits whatever the size of the input.
    expect(message.length).toBeLessThan(4000);
    return { failed: true };
  }
}

describe('whatever is received or expected, matchers only pass or fail the assertion', () => {
  it.each(matcherNames)('%s, with and without .not and as an asymmetric matcher', (name) => {
    fc.assert(
      fc.property(
        hostileValue,
        expectedArgument,
        fc.constantFrom('value', 'thrower', 'returner'),
        ({ make }, expected, shape) => {
          const value = make();
          const expectedValue = typeof expected === 'function' ? (expected as () => unknown)() : expected;
          const received =
            shape === 'thrower'
              ? () => {
                  throw value;
                }
              : shape === 'returner'
                ? () => value
                : value;
          const matcher = (assertion: Record<string, (argument?: unknown) => void>) => assertion[name]?.(expectedValue);
          const positive = outcome(() =>
            matcher(expect(received) as unknown as Record<string, (argument?: unknown) => void>),
          );
          const negative = outcome(() =>
            matcher(expect(received).not as unknown as Record<string, (argument?: unknown) => void>),
          );
          // A valid expectation passes one way and fails the other; an invalid one fails both ways.
          expect(positive.failed || negative.failed).toBe(true);
          const asymmetric = (
            expect as unknown as Record<string, (argument?: unknown) => { asymmetricMatch(other: unknown): boolean }>
          )[name];
          expect(typeof asymmetric?.(expectedValue).asymmetricMatch(received)).toBe('boolean');
        },
      ),
      RUNS,
    );
  });
});
