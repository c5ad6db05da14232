import { expect } from 'expect-under-test';

// Checked against every runner and setup (tsconfig.*.default.json): the matchers type the same way on all.
const payload: unknown = { code: -1121, msg: 'Invalid symbol.' };
declare const onError: (error: Error) => void;

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

// Asymmetric matchers are `any`, as the runners' own are, so they fit any argument position.
const asymmetric: Error = expect.toBeExchangeError('TIMEOUT');
const asymmetricNegated: Error = expect.not.toBeRetryableExchangeError('rate-limit');
expect(onError).toHaveBeenCalledWith(expect.toBeExchangeError({ name: 'TIMEOUT', retry: 'reconcile' }));

// @ts-expect-error a misspelt name is a compile error
expect(payload).toBeExchangeError('BAD_SYMBL');
// @ts-expect-error a code that is not in the catalogue
expect(payload).toThrowExchangeError(-1122);
// @ts-expect-error name or code, not both
expect(payload).toBeExchangeError({ name: 'BAD_SYMBOL', code: -1121 });
// @ts-expect-error `none` is not a retryable policy
expect(payload).toBeRetryableExchangeError('none');
// @ts-expect-error a misspelt name in asymmetric use
expect(onError).toHaveBeenCalledWith(expect.toBeExchangeError('TIMEOUTT'));
// @ts-expect-error and under expect.not
expect(onError).toHaveBeenCalledWith(expect.not.toThrowExchangeError({ code: -1008 }));

export { sync, negated, retryable, thrown, rejected, rejectedNegated, resolved, notAPromise };
export { asymmetric, asymmetricNegated };
