import { ExchangeError } from '@exchange-errors/catalogue';
import { describe, expect, test, vi } from 'vitest';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';
import { badSymbolShapes } from './received-shapes.js';

function throwing(value: unknown): () => never {
  return () => {
    throw value;
  };
}

describe('toThrowExchangeError', () => {
  test.each(badSymbolShapes)('recognises a thrown %s', (_shape, thrown) => {
    expect(throwing(thrown)).toThrowExchangeError();
    expect(throwing(thrown)).toThrowExchangeError('BAD_SYMBOL');
    expect(throwing(thrown)).toThrowExchangeError({ code: -1121, message: 'Invalid symbol.' });
    expect(throwing(thrown)).not.toThrowExchangeError('TIMEOUT');
  });

  test('a function that does not throw, or throws something else, does not pass', () => {
    expect(() => 'fine').not.toThrowExchangeError();
    expect(throwing(new Error('boom'))).not.toThrowExchangeError();
  });

  test('through .rejects the rejection reason is checked', async () => {
    await expect(Promise.reject(new ExchangeError('TIMEOUT'))).rejects.toThrowExchangeError('TIMEOUT');
    await expect(Promise.reject(new Error('boom'))).rejects.not.toThrowExchangeError();
  });

  test('works asymmetrically', () => {
    const register = vi.fn();
    register(throwing(new ExchangeError('TIMEOUT')));
    expect(register).toHaveBeenCalledWith(expect.toThrowExchangeError(-1007));
    expect({ run: () => 1 }).toEqual({ run: expect.not.toThrowExchangeError() });
  });

  describe('failure messages', () => {
    test('a different error thrown, and .not', async () => {
      const thrownBadSymbol = throwing(new ExchangeError('BAD_SYMBOL'));
      expect(await failureMessage(() => expect(thrownBadSymbol).toThrowExchangeError('TIMEOUT')))
        .toMatchInlineSnapshot(`
        "expect(received).toThrowExchangeError(expected)

        Expected: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
        Thrown:   BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
      expect(await failureMessage(() => expect(thrownBadSymbol).not.toThrowExchangeError())).toMatchInlineSnapshot(`
        "expect(received).not.toThrowExchangeError()

        Expected: not an exchange error
        Thrown:   BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
    });
    test('nothing thrown, or a promise returned', async () => {
      expect(await failureMessage(() => expect(() => 1).toThrowExchangeError('TIMEOUT'))).toMatchInlineSnapshot(`
        "expect(received).toThrowExchangeError(expected)

        Expected: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
        Received: a function that did not throw"
      `);
      const rejecting = () => Promise.reject(new ExchangeError('TIMEOUT'));
      expect(await failureMessage(() => expect(rejecting).toThrowExchangeError())).toMatchInlineSnapshot(`
        "expect(received).toThrowExchangeError()

        Expected: an exchange error
        Received: a function that returned a Promise; use \`await expect(promise).rejects.toThrowExchangeError()\`"
      `);
    });
    test('something else thrown, through .rejects', async () => {
      expect(
        await failureMessage(() =>
          expect(Promise.reject(new TypeError('fetch failed'))).rejects.toThrowExchangeError(),
        ),
      ).toMatchInlineSnapshot(`
        "expect(received).rejects.toThrowExchangeError()

        Expected: an exchange error
        Received: TypeError "fetch failed", which is not an exchange error"
      `);
    });
    test('a received value that is not a function fails under .not too', async () => {
      expect(await failureMessage(() => expect({ code: -1121 }).not.toThrowExchangeError())).toMatchInlineSnapshot(`
        "expect(received).not.toThrowExchangeError()

        received must be a function that throws, not object {code: -1121}; for a promise use \`await expect(promise).rejects.toThrowExchangeError()\`"
      `);
    });
  });
});
