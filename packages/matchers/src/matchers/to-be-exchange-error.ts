import type { Catalogue } from '@exchange-errors/catalogue';
import { assertExchangeError } from '../assert-exchange-error.js';
import type { ExchangeErrorExpectation, Matcher, MatcherContext } from '../types.js';

/** `expect(received).toBeExchangeError(expected?)` over `catalogue`. */
export function createToBeExchangeError<C extends Catalogue>(catalogue: C): Matcher<ExchangeErrorExpectation<C>> {
  return function toBeExchangeError(this: MatcherContext, received: unknown, expected?: ExchangeErrorExpectation<C>) {
    return assertExchangeError(this, {
      matcherName: 'toBeExchangeError',
      catalogue,
      value: received,
      valueLabel: 'Received',
      expected,
    });
  };
}
