import type { Catalogue, catalogue, RetryablePolicy } from '@exchange-errors/catalogue';
import type { ExchangeErrorExpectation } from './types.js';

/** The exchange's own catalogue, the one the `/vitest` and `/jest` entry points register. */
export type DefaultCatalogue = typeof catalogue;

/**
 * What a matcher call returns: `R` when the runner's `Matchers` passes it (Jest), else read off the runner's own
 * `toBe` on the assertion `this` (Vitest's `Matchers` declaration, which has no parameter to pass): `void`, or
 * `Promise<void>` after `.rejects`/`.resolves`. The asymmetric form (`expect.toBeExchangeError()`) has no `toBe`
 * and returns `any` like the runners' built-in asymmetric matchers, so it fits any argument position.
 */
export type AssertionResult<This, R = unknown> = unknown extends R
  ? This extends { toBe: (...args: never[]) => infer Result }
    ? Result
    : // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runners type asymmetric matchers as any
      any
  : R;

/**
 * The matcher methods over catalogue `C`, for the runner's `Matchers` interface: what the `/vitest` and `/jest`
 * entry points add for the default catalogue, and the one line that types `createMatchers(yourCatalogue)`.
 * `R` is what a call returns, for runners whose `Matchers<R>` carries it.
 */
export interface ExchangeErrorAssertions<C extends Catalogue = DefaultCatalogue, R = unknown> {
  /** Passes for an exchange error of the catalogue, optionally a given one: name, code or `{ name | code, message, params, retry }`. */
  toBeExchangeError(expected?: ExchangeErrorExpectation<C>): AssertionResult<this, R>;
  /** Passes for an exchange error whose retry policy is not `none`, optionally a given policy. */
  toBeRetryableExchangeError(policy?: RetryablePolicy): AssertionResult<this, R>;
  /** Passes for a function that throws an exchange error, optionally a given one; after `.rejects`, for the reason. */
  toThrowExchangeError(expected?: ExchangeErrorExpectation<C>): AssertionResult<this, R>;
}
