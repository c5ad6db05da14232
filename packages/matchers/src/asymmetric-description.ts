import { describeDefinition, type Catalogue } from '@exchange-errors/catalogue';
import { resolveExpectation } from './expectation.js';
import { safely } from './messages.js';

const EXPECTATION_MATCHERS = ['toBeExchangeError', 'toThrowExchangeError'] as const;
const RETRYABLE_MATCHER = 'toBeRetryableExchangeError';

type AsymmetricFactory = (...sample: unknown[]) => object;

/**
 * `BAD_SYMBOL (-1121) message "Invalid symbol."`: what an asymmetric matcher stands for, in the catalogue's words;
 * `undefined` for a malformed expectation, which the matcher itself reports.
 */
function describeExpected(catalogue: Catalogue, matcherName: string, expected: unknown): string | undefined {
  if (matcherName === RETRYABLE_MATCHER) {
    if (expected === undefined) return 'a retryable exchange error';
    return typeof expected === 'string' ? `retry ${JSON.stringify(expected)}` : undefined;
  }
  const resolved = resolveExpectation(catalogue, expected);
  if (!resolved.ok) return undefined;
  const { definition, message, params, retry } = resolved.expectation;
  return [
    definition === undefined ? 'an exchange error' : describeDefinition(definition),
    ...(message === undefined
      ? []
      : [`message ${typeof message === 'string' ? JSON.stringify(message) : String(message)}`]),
    ...(params === undefined ? [] : [`params [${params.map((param) => safely(() => String(param), '?')).join(', ')}]`]),
    ...(retry === undefined ? [] : [`retry "${retry}"`]),
  ].join(' ');
}

function labelled(factory: AsymmetricFactory, catalogue: Catalogue, matcherName: string): AsymmetricFactory {
  return (...sample) => {
    const matcher = factory(...sample);
    // Whatever the sample is (a proxy, a throwing getter), the runner's own printing is the fallback.
    const description = safely(() => describeExpected(catalogue, matcherName, sample[0]), undefined);
    if (description !== undefined) {
      const prefix = safely(() => String(matcher), matcherName);
      // The runners print an asymmetric matcher in a diff by this method.
      Object.defineProperty(matcher, 'toAsymmetricMatcher', { value: () => `${prefix}<${description}>` });
    }
    return matcher;
  };
}

/**
 * Makes `expect.toBeExchangeError('BAD_SYMBOL')` and the other asymmetric forms print as
 * `toBeExchangeError<BAD_SYMBOL (-1121)>` in a diff, instead of the runner's `toBeExchangeError<"BAD_SYMBOL">` (Vitest)
 * or `toBeExchangeError<[object Object]>` (Jest, for an object). Call it after `expect.extend`.
 */
export function describeAsymmetricMatchers(expect: object, catalogue: Catalogue): void {
  const holders = [expect, (expect as { not?: object }).not].filter(
    (holder): holder is object => typeof holder === 'object' || typeof holder === 'function',
  );
  for (const holder of holders) {
    for (const matcherName of [...EXPECTATION_MATCHERS, RETRYABLE_MATCHER]) {
      const factory = (holder as Record<string, unknown>)[matcherName];
      if (typeof factory !== 'function') continue;
      Object.defineProperty(holder, matcherName, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: labelled(factory as AsymmetricFactory, catalogue, matcherName),
      });
    }
  }
}
