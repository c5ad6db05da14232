import { ExchangeError } from '@exchange-errors/catalogue';
import { describe, expect, test, vi } from 'vitest';
import '../src/vitest.js';
import { failureMessage } from './failure-message.js';
import { badSymbolShapes } from './received-shapes.js';

const badSymbol = { code: -1121, msg: 'Invalid symbol.' };
const missingParam = { code: -1102, msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." };

describe('toBeExchangeError', () => {
  test.each(badSymbolShapes)('recognises %s by name, code and fields', (_shape, received) => {
    expect(received).toBeExchangeError();
    expect(received).toBeExchangeError('BAD_SYMBOL');
    expect(received).toBeExchangeError(-1121);
    expect(received).toBeExchangeError({ name: 'BAD_SYMBOL', message: 'Invalid symbol.', retry: 'none' });
    expect(received).toBeExchangeError({ code: -1121, message: /symbol/ });
    expect(received).not.toBeExchangeError('TIMEOUT');
  });

  test('checks the params captured from a %s variant, asymmetric matchers included', () => {
    expect(missingParam).toBeExchangeError({ name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED', params: ['symbol'] });
    expect(missingParam).toBeExchangeError({ code: -1102, params: [expect.stringMatching(/^sym/)] });
    expect(missingParam).not.toBeExchangeError({ code: -1102, params: ['side'] });
    expect({ code: -1102, msg: 'something else' }).not.toBeExchangeError({ code: -1102, params: [] });
  });

  test('matches a retry policy without a name', () => {
    expect({ code: -1007 }).toBeExchangeError({ retry: 'reconcile' });
    expect(badSymbol).not.toBeExchangeError({ retry: 'reconcile' });
  });

  test('a global pattern gives the same answer every time', () => {
    const pattern = /Invalid/g;
    expect(badSymbol).toBeExchangeError({ message: pattern });
    expect(badSymbol).toBeExchangeError({ message: pattern });
  });

  test('works through .rejects and .resolves', async () => {
    await expect(Promise.reject(new ExchangeError('TIMEOUT'))).rejects.toBeExchangeError('TIMEOUT');
    await expect(Promise.reject(badSymbol)).rejects.not.toBeExchangeError('TIMEOUT');
    await expect(Promise.resolve(badSymbol)).resolves.toBeExchangeError(-1121);
  });

  test('works as an asymmetric matcher', () => {
    const onError = vi.fn();
    onError(new ExchangeError('TIMEOUT'));
    expect(onError).toHaveBeenCalledWith(expect.toBeExchangeError('TIMEOUT'));
    expect({ error: badSymbol }).toEqual({ error: expect.toBeExchangeError({ message: 'Invalid symbol.' }) });
    expect({ error: badSymbol }).toEqual({ error: expect.not.toBeExchangeError('TIMEOUT') });
    expect({ error: 'fine' }).not.toEqual({ error: expect.toBeExchangeError() });
  });

  test('an asymmetric matcher prints as the error it stands for (what the runner shows in a diff)', () => {
    const printed = (matcher: unknown) => (matcher as { toAsymmetricMatcher(): string }).toAsymmetricMatcher();
    expect(printed(expect.toBeExchangeError({ name: 'BAD_SYMBOL', message: /symbol/ }))).toBe(
      'toBeExchangeError<BAD_SYMBOL (-1121) message /symbol/>',
    );
    expect(printed(expect.not.toBeRetryableExchangeError())).toBe(
      'not.toBeRetryableExchangeError<a retryable exchange error>',
    );
    expect(printed(expect.toBeRetryableExchangeError('rate-limit'))).toBe(
      'toBeRetryableExchangeError<retry "rate-limit">',
    );
    expect(printed(expect.toThrowExchangeError(-1007))).toBe('toThrowExchangeError<TIMEOUT (-1007)>');
    // A malformed expectation keeps the runner's own printing; the matcher itself reports the mistake.
    // @ts-expect-error -- a misspelt name, as untyped callers write it
    expect(printed(expect.toBeExchangeError('BAD_SYMBL'))).toBe('toBeExchangeError<"BAD_SYMBL">');
  });

  test('tells what in an unrecognised value looks like part of an exchange error', async () => {
    class ExchangeError extends Error {}
    const lines = await Promise.all(
      [
        new ExchangeError('binance Invalid symbol'),
        new Error('order rejected with -1121: Invalid symbol'),
        Object.defineProperty({ status: 400 }, 'body', { get: () => ({ code: -1121 }) }),
        Object.assign(new Error('HTTP 400'), { response: new Response('{"code":-1121}', { status: 400 }) }),
        { status: 502, data: '', response: { text: '<html>502</html>' } },
      ].map(async (received) =>
        (await failureMessage(() => expect(received).toBeExchangeError('BAD_SYMBOL'))).split('\n').at(-1),
      ),
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "Received: an Error of class ExchangeError (not @exchange-errors/catalogue's) "binance Invalid symbol", which is not an exchange error",
        "Received: Error "order rejected with -1121: Invalid symbol", which is not an exchange error; its message mentions -1121, but not in a JSON payload",
        "Received: object {status: 400, body: [Getter]}, which is not an exchange error; body is a getter, which is never run",
        "Received: Error "HTTP 400", which is not an exchange error; its body is in an unread fetch Response: assert through \`.rejects\`/\`.resolves\`, or \`await readExchangeError(value)\`",
        "Received: object {status: 502, data: "", response: {…}}, which is not an exchange error; data is empty text; response.text is text "<html>502</html>", not an error payload",
      ]
    `);
  });

  test('sets actual and expected for the diff', () => {
    let thrown: unknown;
    try {
      expect(badSymbol).toBeExchangeError({ name: 'TIMEOUT', message: 'x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      actual: { name: 'BAD_SYMBOL', code: -1121, message: 'Invalid symbol.' },
      expected: { name: 'TIMEOUT', code: -1007, message: 'x' },
    });
  });

  describe('failure messages', () => {
    test('a different error', async () => {
      expect(await failureMessage(() => expect(badSymbol).toBeExchangeError('TIMEOUT'))).toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError(expected)

        Expected: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
        Received: BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
    });
    test('.not', async () => {
      expect(await failureMessage(() => expect(badSymbol).not.toBeExchangeError(-1121))).toMatchInlineSnapshot(`
        "expect(received).not.toBeExchangeError(expected)

        Expected: not BAD_SYMBOL (-1121) "Invalid symbol."
        Received: BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
    });
    test('.rejects', async () => {
      expect(await failureMessage(() => expect(Promise.reject(badSymbol)).rejects.toBeExchangeError('TIMEOUT')))
        .toMatchInlineSnapshot(`
        "expect(received).rejects.toBeExchangeError(expected)

        Expected: TIMEOUT (-1007) "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
        Received: BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
    });
    test('a different message and params', async () => {
      expect(
        await failureMessage(() =>
          expect(missingParam).toBeExchangeError({ name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED', params: ['side'] }),
        ),
      ).toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError(expected)

        Expected: MANDATORY_PARAM_EMPTY_OR_MALFORMED (-1102) with params ["side"]
        Received: MANDATORY_PARAM_EMPTY_OR_MALFORMED (-1102) "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." with params ["symbol"]"
      `);
      expect(await failureMessage(() => expect(badSymbol).toBeExchangeError({ code: -1121, message: /unknown/ })))
        .toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError(expected)

        Expected: BAD_SYMBOL (-1121) /unknown/
        Received: BAD_SYMBOL (-1121) "Invalid symbol.""
      `);
    });
    test('not an exchange error', async () => {
      expect(await failureMessage(() => expect({ status: 'ok' }).toBeExchangeError())).toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError()

        Expected: an exchange error
        Received: object {status: "ok"}, which is not an exchange error"
      `);
    });
    test('a code the catalogue does not know', async () => {
      expect(await failureMessage(() => expect({ code: -9999, msg: 'new' }).toBeExchangeError()))
        .toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError()

        Expected: an exchange error
        Received: unknown code -9999 "new", a code the catalogue does not know"
      `);
    });
    test('a misspelt name or code fails with a suggestion, also under .not', async () => {
      const misspelt = 'BAD_SYMBL' as 'BAD_SYMBOL';
      expect(await failureMessage(() => expect(badSymbol).toBeExchangeError(misspelt))).toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError(expected)

        "BAD_SYMBL" is not an error name of the catalogue; did you mean BAD_SYMBOL (-1121)?"
      `);
      expect(await failureMessage(() => expect(badSymbol).not.toBeExchangeError(misspelt))).toMatchInlineSnapshot(`
        "expect(received).not.toBeExchangeError(expected)

        "BAD_SYMBL" is not an error name of the catalogue; did you mean BAD_SYMBOL (-1121)?"
      `);
      expect(await failureMessage(() => expect(badSymbol).toBeExchangeError(-1122 as -1121))).toMatchInlineSnapshot(`
        "expect(received).toBeExchangeError(expected)

        -1122 is not an error code of the catalogue; did you mean BAD_SYMBOL (-1121), NO_DEPTH (-1112) or MANDATORY_PARAM_EMPTY_OR_MALFORMED (-1102)?"
      `);
      expect({ error: badSymbol }).not.toEqual({ error: expect.not.toBeExchangeError(misspelt) });
    });
    test('a malformed expectation names what is wrong', async () => {
      const expectations: unknown[] = [
        { name: 'BAD_SYMBOL', mesage: 'Invalid symbol.' },
        { name: 'BAD_SYMBOL', code: -1007 },
        { message: 42 },
        { params: 'symbol' },
        { retry: 'rate_limit' },
        true,
      ];
      const messages = await Promise.all(
        expectations.map((expected) => failureMessage(() => expect(badSymbol).toBeExchangeError(expected as never))),
      );
      expect(messages.map((message) => message.split('\n').at(-1))).toMatchInlineSnapshot(`
        [
          "unknown field "mesage" (the fields are name, code, message, params, retry); did you mean message?",
          "name BAD_SYMBOL and code -1007 are different errors; give one of them",
          "message must be a string or a RegExp, not number 42",
          "params must be an array of the values captured by %s, not string "symbol"",
          "retry string "rate_limit" is not a retry policy; did you mean rate-limit?",
          "expected must be an error name, a code or { name | code, message, params, retry }, not boolean true",
        ]
      `);
    });
  });
});
