import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BODY_READ_TIMEOUT_MS,
  defineCatalogue,
  getErrorDefinition,
  MAX_JSON_LENGTH,
  parseExchangeError,
  readExchangeError,
} from '../src/index.js';

const badSymbolBody = '{"code":-1121,"msg":"Invalid symbol."}';

/** What ky 1 throws: the body only in the unread `Response`. */
function httpError(response: Response): Error {
  return Object.assign(new Error(`Request failed with status code ${response.status}`), { response });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readExchangeError', () => {
  it('reads the body of an unread Response on the error, with its status and Retry-After', async () => {
    const response = new Response(badSymbolBody, { status: 429, headers: { 'Retry-After': '7' } });
    expect(parseExchangeError(httpError(response))).toBeUndefined();
    await expect(readExchangeError(httpError(response))).resolves.toEqual({
      code: -1121,
      known: true,
      name: 'BAD_SYMBOL',
      message: 'Invalid symbol.',
      definition: getErrorDefinition(-1121),
      http: { status: 429, retryAfterMs: 7000 },
    });
    // A clone was read: the body is still there for the caller.
    await expect(response.text()).resolves.toBe(badSymbolBody);
  });

  it('reads a Response itself, and one along a cause chain', async () => {
    await expect(readExchangeError(new Response(badSymbolBody, { status: 400 }))).resolves.toMatchObject({
      name: 'BAD_SYMBOL',
      http: { status: 400 },
    });
    const wrapped = new Error('order failed', { cause: httpError(new Response(badSymbolBody, { status: 400 })) });
    await expect(readExchangeError(wrapped)).resolves.toMatchObject({ name: 'BAD_SYMBOL' });
  });

  it('answers what parse answers when the error carries its body already', async () => {
    const error = { status: 400, data: { code: -1121, msg: 'Invalid symbol.' } };
    await expect(readExchangeError(error)).resolves.toEqual(parseExchangeError(error));
  });

  it('looks the code up in the given catalogue', async () => {
    const own = defineCatalogue([{ code: -9, name: 'OWN', messages: ['Own.'], group: 'g', retry: 'none' }]);
    const error = httpError(new Response('{"code":-9}', { status: 400 }));
    await expect(readExchangeError(error, own)).resolves.toMatchObject({ name: 'OWN', known: true });
    await expect(readExchangeError(error)).resolves.toMatchObject({ code: -9, known: false });
  });

  it.each([
    ['an HTML page', () => new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 })],
    ['an empty body', () => new Response(null, { status: 500 })],
    ['a body over MAX_JSON_LENGTH', () => new Response(`{"code":-1121,"x":"${'x'.repeat(MAX_JSON_LENGTH)}"}`)],
    [
      'a body already read',
      () => {
        const response = new Response(badSymbolBody);
        void response.text();
        return response;
      },
    ],
    [
      'a body that fails',
      () =>
        new Response(
          new ReadableStream({
            pull: (controller) => controller.error(new Error('socket hang up')),
          }),
        ),
    ],
  ])('answers undefined for %s', async (_, makeResponse) => {
    await expect(readExchangeError(httpError(makeResponse()))).resolves.toBeUndefined();
  });

  it('stops reading a body that does not end within BODY_READ_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    const endless = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"code":-1121')),
    });
    const reading = readExchangeError(httpError(new Response(endless)));
    await vi.advanceTimersByTimeAsync(BODY_READ_TIMEOUT_MS);
    await expect(reading).resolves.toBeUndefined();
  });

  it('never rejects, for hostile values and impostor Responses', async () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, has: trap });
    const impostor = Object.create(Response.prototype) as object;
    for (const value of [hostile, impostor, { response: impostor }, { response: hostile }, null, 'text']) {
      await expect(readExchangeError(value)).resolves.toBeUndefined();
    }
  });
});
