import { catalogue } from '@exchange-errors/catalogue';
import { createMatchers } from './create-matchers.js';
import type { ExchangeErrorMatchers } from './types.js';

export { describeAsymmetricMatchers } from './asymmetric-description.js';
export { createMatchers } from './create-matchers.js';
export type { ExchangeErrorAssertions } from './assertions.js';
export type {
  ExchangeErrorExpectation,
  ExchangeErrorMatchers,
  ExpectedExchangeError,
  ExpectedExchangeErrorFields,
  Matcher,
  MatcherContext,
  MatcherResult,
  MatcherUtils,
} from './types.js';

/** The matchers over the exchange's own catalogue, ready for `expect.extend`. */
export const matchers: ExchangeErrorMatchers<typeof catalogue> = createMatchers(catalogue);
export const { toBeExchangeError, toBeRetryableExchangeError, toThrowExchangeError } = matchers;
