import type { Catalogue, CodeOf, NameOf, RetryablePolicy, RetryPolicy } from '@exchange-errors/catalogue';

/** The part of `this.utils` the matchers use; Vitest's and Jest's matcher utils both provide it. */
export interface MatcherUtils {
  matcherHint(
    matcherName: string,
    received?: string,
    expected?: string,
    options?: { readonly isNot?: boolean; readonly promise?: string },
  ): string;
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  RECEIVED_COLOR(text: string): string;
  EXPECTED_COLOR(text: string): string;
}

/** The `this` of a matcher: the subset of Vitest's and Jest's matcher state the matchers read. */
export interface MatcherContext {
  readonly isNot?: boolean;
  /** `'rejects'` or `'resolves'` when the assertion went through `.rejects`/`.resolves`. */
  readonly promise?: string;
  readonly utils: MatcherUtils;
  /** The testers registered with `expect.addEqualityTesters`, for `equals` to apply as `toEqual` does. */
  readonly customTesters: readonly unknown[];
  equals(actual: unknown, expected: unknown, customTesters?: readonly unknown[]): boolean;
}

/** What a matcher returns; `actual` and `expected` let the runner print a diff. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** Fields an exchange error must have; each one given is checked. */
export interface ExpectedExchangeErrorFields {
  /** The received text must equal this string or match this pattern. */
  readonly message?: string | RegExp;
  /** The values captured by the `%s` placeholders of the message variant, in order. */
  readonly params?: readonly unknown[];
  /** The retry policy of the error's definition. */
  readonly retry?: RetryPolicy;
}

/** An error identified by name or by code (not both), plus the fields to check. */
export type ExpectedExchangeError<
  Name extends string = string,
  Code extends number = number,
> = ExpectedExchangeErrorFields &
  ({ readonly name?: Name; readonly code?: never } | { readonly code?: Code; readonly name?: never });

/** The argument of `toBeExchangeError` and `toThrowExchangeError` for a catalogue. */
export type ExchangeErrorExpectation<C extends Catalogue = Catalogue> =
  NameOf<C> | CodeOf<C> | ExpectedExchangeError<NameOf<C>, CodeOf<C>>;

/** A matcher as `expect.extend` receives it; after `.rejects`/`.resolves` it may answer asynchronously. */
export type Matcher<Expected> = (
  this: MatcherContext,
  received: unknown,
  expected?: Expected,
) => MatcherResult | Promise<MatcherResult>;

/** The three matchers bound to one catalogue (a type alias, so `expect.extend`'s index signature accepts it). */
export type ExchangeErrorMatchers<C extends Catalogue = Catalogue> = {
  readonly toBeExchangeError: Matcher<ExchangeErrorExpectation<C>>;
  readonly toBeRetryableExchangeError: Matcher<RetryablePolicy>;
  readonly toThrowExchangeError: Matcher<ExchangeErrorExpectation<C>>;
};
