import '@exchange-errors/matchers/vitest';
import { expect, expectTypeOf, vi } from 'vitest';

const payload: unknown = { code: -1121, msg: 'Invalid symbol.' };

expectTypeOf(expect(payload).toBeExchangeError('BAD_SYMBOL')).toEqualTypeOf<void>();
expectTypeOf(
  expect(payload).not.toBeExchangeError({ code: -1121, message: /symbol/, params: [], retry: 'none' }),
).toEqualTypeOf<void>();
expectTypeOf(expect(payload).toBeRetryableExchangeError('reconcile')).toEqualTypeOf<void>();
expectTypeOf(expect(() => payload).toThrowExchangeError()).toEqualTypeOf<void>();
expectTypeOf(expect(Promise.reject(payload)).rejects.toBeExchangeError('TIMEOUT')).toEqualTypeOf<Promise<void>>();
expectTypeOf(expect(Promise.reject(payload)).rejects.not.toThrowExchangeError(-1007)).toEqualTypeOf<Promise<void>>();

expect(vi.fn()).toHaveBeenCalledWith(expect.toBeExchangeError('TIMEOUT'));
expect({ error: payload }).toEqual({ error: expect.not.toBeRetryableExchangeError('rate-limit') });

// @ts-expect-error a misspelt name is a compile error
expect(payload).toBeExchangeError('BAD_SYMBL');
// @ts-expect-error a code that is not in the catalogue
expect(payload).toThrowExchangeError(-1122);
// @ts-expect-error name or code, not both
expect(payload).toBeExchangeError({ name: 'BAD_SYMBOL', code: -1121 });
// @ts-expect-error `none` is not a retryable policy
expect(payload).toBeRetryableExchangeError('none');
