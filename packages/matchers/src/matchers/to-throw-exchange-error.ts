import type { Catalogue } from '@exchange-errors/catalogue';
import { assertExchangeError } from '../assert-exchange-error.js';
import { describeExpectation, resolveExpectation } from '../expectation.js';
import { describeValue, failWhateverTheNegation, formatLines, hintFor, safely } from '../messages.js';
import type { ExchangeErrorExpectation, Matcher, MatcherContext, MatcherResult } from '../types.js';

const MATCHER_NAME = 'toThrowExchangeError';

type Outcome =
  { readonly threw: true; readonly thrown: unknown } | { readonly threw: false; readonly returned: unknown };

function run(action: () => unknown): Outcome {
  try {
    return { threw: false, returned: action() };
  } catch (thrown) {
    return { threw: true, thrown };
  }
}

function didNotThrow(
  context: MatcherContext,
  catalogue: Catalogue,
  expected: unknown,
  returned: unknown,
): MatcherResult {
  const hint = hintFor(context, MATCHER_NAME, expected === undefined ? '' : 'expected');
  const resolved = resolveExpectation(catalogue, expected);
  if (!resolved.ok) return failWhateverTheNegation(context, hint, resolved.problem);
  // `instanceof` throws for a returned proxy whose getPrototypeOf trap throws.
  const isPromise = safely(() => returned instanceof Promise, false);
  // The test never awaits this promise; a rejection of it is reported here, not as an unhandled one.
  if (isPromise) (returned as Promise<unknown>).catch(() => undefined);
  const received = isPromise
    ? 'a function that returned a Promise; use `await expect(promise).rejects.toThrowExchangeError()`'
    : 'a function that did not throw';
  return {
    pass: false,
    message: () =>
      formatLines(hint, [
        ['Expected', `${context.isNot ? 'not ' : ''}${describeExpectation(resolved.expectation, context.utils)}`],
        ['Received', context.utils.RECEIVED_COLOR(received)],
      ]),
  };
}

/**
 * `expect(fn).toThrowExchangeError(expected?)` over `catalogue`. Through `.rejects` the received
 * value is already the rejection reason, so it is checked as it is.
 */
export function createToThrowExchangeError<C extends Catalogue>(catalogue: C): Matcher<ExchangeErrorExpectation<C>> {
  return function toThrowExchangeError(
    this: MatcherContext,
    received: unknown,
    expected?: ExchangeErrorExpectation<C>,
  ) {
    const assertion = { matcherName: MATCHER_NAME, catalogue, expected } as const;
    if (this.promise === 'rejects')
      return assertExchangeError(this, { ...assertion, value: received, valueLabel: 'Received' });
    if (typeof received !== 'function') {
      const hint = hintFor(this, MATCHER_NAME, expected === undefined ? '' : 'expected');
      return failWhateverTheNegation(
        this,
        hint,
        `received must be a function that throws, not ${describeValue(received)}; for a promise use \`await expect(promise).rejects.toThrowExchangeError()\``,
      );
    }
    const outcome = run(received as () => unknown);
    return outcome.threw
      ? assertExchangeError(this, { ...assertion, value: outcome.thrown, valueLabel: 'Thrown' })
      : didNotThrow(this, catalogue, expected, outcome.returned);
  };
}
