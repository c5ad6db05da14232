import '@exchange-errors/matchers/jest';
import { expect, jest } from '@jest/globals';

const payload: unknown = { code: -1121, msg: 'Invalid symbol.' };

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
// @ts-expect-error a plain assertion is not a promise
const notAPromise: Promise<void> = expect(payload).toBeExchangeError();

const onError = jest.fn<(error: Error) => void>();
expect(onError).toHaveBeenCalledWith(expect.toBeExchangeError('TIMEOUT'));
expect({ error: payload }).toEqual({ error: expect.not.toBeRetryableExchangeError('rate-limit') });

// @ts-expect-error a misspelt name is a compile error
expect(payload).toBeExchangeError('BAD_SYMBL');
// @ts-expect-error a code that is not in the catalogue
expect(payload).toThrowExchangeError(-1122);

export { sync, negated, retryable, thrown, rejected, rejectedNegated, notAPromise };
