import type { ExchangeErrorName, ExchangeErrorCode, RetryablePolicy } from '@exchange-errors/catalogue';
import type { ExpectedExchangeError } from './types.js';

/**
 * What a matcher call returns on the assertion `this`: `void`, or `Promise<void>` after `.rejects`/`.resolves`,
 * read off the runner's own `toBe`. The asymmetric form (`expect.toBeExchangeError()`) has no `toBe` and
 * returns `any` like the runners' built-in asymmetric matchers, so it fits any argument position.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runners type asymmetric matchers as any
export type AssertionResult<This> = This extends { toBe: (...args: never[]) => infer Result } ? Result : any;

/** The argument of `toBeExchangeError`/`toThrowExchangeError`: a name, a code or the fields to check. */
export type DefaultExchangeErrorExpectation =
  ExchangeErrorName | ExchangeErrorCode | ExpectedExchangeError<ExchangeErrorName, ExchangeErrorCode>;

/** The matcher methods added to `expect(…)` and `expect.*` by the `/vitest` and `/jest` entry points. */
export interface ExchangeErrorAssertions {
  /** Passes for an exchange error of the catalogue, optionally a given one: name, code or `{ name | code, message, params, retry }`. */
  toBeExchangeError(expected?: DefaultExchangeErrorExpectation): AssertionResult<this>;
  /** Passes for an exchange error whose retry policy is not `none`, optionally a given policy. */
  toBeRetryableExchangeError(policy?: RetryablePolicy): AssertionResult<this>;
  /** Passes for a function that throws an exchange error, optionally a given one; after `.rejects`, for the reason. */
  toThrowExchangeError(expected?: DefaultExchangeErrorExpectation): AssertionResult<this>;
}
