import { isCatalogue, type Catalogue } from '@exchange-errors/catalogue';
import { createToBeExchangeError } from './matchers/to-be-exchange-error.js';
import { createToBeRetryableExchangeError } from './matchers/to-be-retryable-exchange-error.js';
import { createToThrowExchangeError } from './matchers/to-throw-exchange-error.js';
import type { ExchangeErrorMatchers } from './types.js';

/** The matchers over a catalogue of your own; pass the result to `expect.extend`. */
export function createMatchers<C extends Catalogue>(catalogue: C): ExchangeErrorMatchers<C> {
  if (!isCatalogue(catalogue)) {
    throw new TypeError(
      'createMatchers: expected a catalogue built with defineCatalogue from @exchange-errors/catalogue.',
    );
  }
  return Object.freeze({
    toBeExchangeError: createToBeExchangeError(catalogue),
    toBeRetryableExchangeError: createToBeRetryableExchangeError(catalogue),
    toThrowExchangeError: createToThrowExchangeError(catalogue),
  });
}
