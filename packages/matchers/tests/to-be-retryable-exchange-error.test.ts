import { ExchangeError } from '@exchange-errors/catalogue';
import { describe, expect, test, vi } from 'vitest';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';
import { badSymbolShapes } from './received-shapes.js';

const timeout = {
  code: -1007,
  msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
};
const tooManyRequests = new ExchangeError('TOO_MANY_REQUESTS');

describe('toBeRetryableExchangeError', () => {
  test('passes for a retryable error, optionally of a given policy', () => {
    expect(timeout).toBeRetryableExchangeError();
    expect(timeout).toBeRetryableExchangeError('reconcile');
    expect(tooManyRequests).toBeRetryableExchangeError('rate-limit');
    expect(tooManyRequests).not.toBeRetryableExchangeError('backoff');
    expect(JSON.stringify({ code: -1021 })).toBeRetryableExchangeError('resync-clock');
  });

  test.each(badSymbolShapes)('%s of a code whose policy is none is not retryable', (_shape, received) => {
    expect(received).not.toBeRetryableExchangeError();
  });

  test('anything that is not a known exchange error is not retryable', () => {
    expect(null).not.toBeRetryableExchangeError();
    expect({ code: -9999 }).not.toBeRetryableExchangeError();
  });

  test('works through .rejects and asymmetrically', async () => {
    await expect(Promise.reject(tooManyRequests)).rejects.toBeRetryableExchangeError('rate-limit');
    await expect(Promise.reject(new Error('down'))).rejects.not.toBeRetryableExchangeError();
    const retry = vi.fn();
    retry(timeout);
    expect(retry).toHaveBeenCalledWith(expect.toBeRetryableExchangeError('reconcile'));
    expect([timeout]).toEqual([expect.not.toBeRetryableExchangeError('rate-limit')]);
  });

  describe('failure messages', () => {
    test('not retryable, and .not', async () => {
      expect(await failureMessage(() => expect({ code: -1121, msg: 'Invalid symbol.' }).toBeRetryableExchangeError()))
        .toMatchInlineSnapshot(`
          "expect(received).toBeRetryableExchangeError()

          Expected: a retryable exchange error
          Received: BAD_SYMBOL (-1121) "Invalid symbol." with retry "none""
        `);
      expect(await failureMessage(() => expect(timeout).not.toBeRetryableExchangeError('reconcile')))
        .toMatchInlineSnapshot(`
        "expect(received).not.toBeRetryableExchangeError(policy)

        Expected: not an exchange error with retry "reconcile"
        Received: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown." with retry "reconcile""
      `);
    });
    test('another policy, through .rejects', async () => {
      expect(
        await failureMessage(() =>
          expect(Promise.reject(tooManyRequests)).rejects.toBeRetryableExchangeError('backoff'),
        ),
      ).toMatchInlineSnapshot(`
        "expect(received).rejects.toBeRetryableExchangeError(policy)

        Expected: an exchange error with retry "backoff"
        Received: TOO_MANY_REQUESTS (-1003) "Requests exceed the limit too frequently." with retry "rate-limit""
      `);
    });
    test('not an exchange error', async () => {
      expect(await failureMessage(() => expect(42).toBeRetryableExchangeError())).toMatchInlineSnapshot(`
        "expect(received).toBeRetryableExchangeError()

        Expected: a retryable exchange error
        Received: number 42, which is not an exchange error"
      `);
    });
    test('a policy that is not one fails under .not too', async () => {
      expect(await failureMessage(() => expect(timeout).not.toBeRetryableExchangeError('rate_limit' as 'rate-limit')))
        .toMatchInlineSnapshot(`
        "expect(received).not.toBeRetryableExchangeError(policy)

        policy string "rate_limit" is not a retry policy (use one of "reconcile", "resync-clock", "rate-limit", "backoff"); did you mean rate-limit?"
      `);
      expect(await failureMessage(() => expect(timeout).toBeRetryableExchangeError('none' as 'backoff')))
        .toMatchInlineSnapshot(`
        "expect(received).toBeRetryableExchangeError(policy)

        policy "none" means not retryable; use \`.not.toBeRetryableExchangeError()\` instead"
      `);
    });
  });
});
