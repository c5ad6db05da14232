import '@exchange-errors/matchers/vitest';
import { expect } from 'vitest';

const payload: unknown = { code: -1121, msg: 'Invalid symbol.' };

// Vitest 5 types matchers as `Matchers<R, T>`: R is void, or Promise<void> after .rejects/.resolves.
// tests/types/vitest3 checks this same file against Vitest 3.2's `Matchers<T>`.
const sync: void = expect(payload).toBeExchangeError('BAD_SYMBOL');
const negated: void = expect(payload).not.toBeExchangeError({
  code: -1121,
  message: /symbol/,
  params: [],
  retry: 'none',
});
const retryable: void = expect(payload).toBeRetryableExchangeError('reconcile');
const thrown: void = expect(() => payload).toThrowExchangeError();
const rejected: Promise<void> = expect(Promise.reject(payload)).rejects.toBeExchangeError('TIMEOUT');
const rejectedNegated: Promise<void> = expect(Promise.reject(payload)).rejects.not.toThrowExchangeError(-1007);
const resolved: Promise<void> = expect(Promise.resolve(payload)).resolves.toBeRetryableExchangeError();
// @ts-expect-error a plain assertion is not a promise
const notAPromise: Promise<void> = expect(payload).toBeExchangeError();

expect(payload).toHaveBeenCalledWith(expect.toBeExchangeError('TIMEOUT'));
expect({ error: payload }).toEqual({ error: expect.not.toBeRetryableExchangeError('rate-limit') });

// @ts-expect-error a misspelt name is a compile error
expect(payload).toBeExchangeError('BAD_SYMBL');
// @ts-expect-error a code that is not in the catalogue
expect(payload).toThrowExchangeError(-1122);

export { sync, negated, retryable, thrown, rejected, rejectedNegated, resolved, notAPromise };
