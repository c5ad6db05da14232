import { stripVTControlCharacters } from 'node:util';
import {
  ExchangeError,
  parseExchangeError,
  readExchangeError,
  type ExchangeErrorCode,
  type ExchangeErrorName,
  type HttpResponseInfo,
  type RetryablePolicy,
} from '@exchange-errors/catalogue';
import '@exchange-errors/matchers/vitest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadClients, type Client } from './clients.js';
import { startFakeExchange, type FakeExchange, type ReplyName } from './fake-exchange.js';

/** What each answer of the fake exchange must be recognised as. */
interface Case {
  readonly reply: ReplyName;
  readonly name?: ExchangeErrorName;
  readonly code?: ExchangeErrorCode;
  readonly status: number;
  readonly retryAfterMs?: number;
  readonly retry?: RetryablePolicy;
}

const cases: readonly Case[] = [
  { reply: 'bad-symbol', name: 'BAD_SYMBOL', code: -1121, status: 400 },
  { reply: 'error-on-200', name: 'BAD_SYMBOL', code: -1121, status: 200 },
  { reply: 'string-code', name: 'BAD_SYMBOL', code: -1121, status: 400 },
  {
    reply: 'rate-limited',
    name: 'TOO_MANY_REQUESTS',
    code: -1003,
    status: 429,
    retryAfterMs: 7000,
    retry: 'rate-limit',
  },
  { reply: 'gateway-timeout', name: 'TIMEOUT', code: -1007, status: 504, retry: 'reconcile' },
  { reply: 'bad-gateway', status: 502 },
  { reply: 'json-as-text', name: 'BAD_SYMBOL', code: -1121, status: 400 },
];

const clients = await loadClients();
/** Every check below makes at most this many requests per client and case. */
const REQUESTS_PER_CASE = 8;
let exchange: FakeExchange;

beforeAll(async () => {
  exchange = await startFakeExchange(clients.length * cases.length * REQUESTS_PER_CASE);
});

afterAll(async () => {
  await exchange.close();
});

type Settled = { readonly mode: 'rejects' | 'resolves'; readonly value: unknown };

async function settle(promise: Promise<unknown>): Promise<Settled> {
  try {
    return { mode: 'resolves', value: await promise };
  } catch (error) {
    return { mode: 'rejects', value: error };
  }
}

async function failureOf(assertion: Promise<unknown>): Promise<string> {
  try {
    await assertion;
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('expected the assertion to fail, but it passed');
}

/** What the parse result says about HTTP: what the client keeps, and on a 200 only what a resolved response keeps. */
function expectedHttp(client: Client, testCase: Case, mode: Settled['mode']): HttpResponseInfo | undefined {
  const kept = mode === 'resolves' ? client.resolvesWith === 'response' : client.keepsHttp;
  if (!kept) return undefined;
  return testCase.retryAfterMs === undefined
    ? { status: testCase.status }
    : { status: testCase.status, retryAfterMs: testCase.retryAfterMs };
}

describe.each(clients.map((client) => [`${client.name} (${client.tested})`, client] as const))('%s', (_, client) => {
  const call = (reply: ReplyName) => client.call(exchange.url(reply));

  test.each(
    cases.filter((testCase) => testCase.name !== undefined).map((testCase) => [testCase.reply, testCase] as const),
  )('%s: recognised by the parser and every matcher', async (reply, testCase) => {
    const name = testCase.name!;
    const { mode, value } = await settle(call(reply));
    expect(mode).toBe(reply === 'error-on-200' && client.resolvesWith !== 'rejects' ? 'resolves' : 'rejects');

    const read = await readExchangeError(value);
    const http = expectedHttp(client, testCase, mode);
    expect(read).toMatchObject({ code: testCase.code, name, known: true });
    expect(read?.http).toEqual(http);
    // Only a body left unread in a fetch Response needs the asynchronous read.
    const parsed = parseExchangeError(value);
    expect(parsed).toEqual(client.bodyOnlyInResponse(mode) ? undefined : read);

    await expect(call(reply))[mode].toBeExchangeError(name);
    await expect(call(reply))[mode].toBeExchangeError({ code: testCase.code, message: /./ });
    await expect(call(reply))[mode].not.toBeExchangeError(name === 'TIMEOUT' ? 'BAD_SYMBOL' : 'TIMEOUT');
    const wrongName = await failureOf(
      expect(call(reply))[mode].toBeExchangeError(name === 'TIMEOUT' ? 'BAD_SYMBOL' : 'TIMEOUT'),
    );
    expect(wrongName).toContain(`Received: ${name} (${testCase.code})`);

    if (mode === 'rejects') await expect(call(reply)).rejects.toThrowExchangeError(name);
    // The synchronous forms see what the parser sees; an unread body is read first, as a test would.
    const synchronous = client.bodyOnlyInResponse(mode) ? read : value;
    expect(() => {
      throw synchronous;
    }).toThrowExchangeError(name);
    expect({ error: synchronous }).toEqual({ error: expect.toBeExchangeError(name) });
    expect({ error: synchronous }).not.toEqual({ error: expect.toBeExchangeError('NO_SUCH_ORDER') });

    if (testCase.retry === undefined) {
      await expect(call(reply))[mode].not.toBeRetryableExchangeError();
    } else {
      await expect(call(reply))[mode].toBeRetryableExchangeError(testCase.retry);
      expect(ExchangeError.from(read)?.errorName).toBe(name);
    }
  });

  test('bad-gateway: an HTML error page is not recognised, and the failure message says what it found where', async () => {
    const { mode, value } = await settle(call('bad-gateway'));
    expect(mode).toBe('rejects');
    expect(parseExchangeError(value)).toBeUndefined();
    await expect(readExchangeError(value)).resolves.toBeUndefined();
    await expect(call('bad-gateway')).rejects.not.toBeExchangeError();
    await expect(call('bad-gateway')).rejects.not.toBeRetryableExchangeError();
    const message = await failureOf(expect(call('bad-gateway')).rejects.toBeExchangeError('BAD_SYMBOL'));
    expect(
      message
        .split('\n')
        .at(-1)
        ?.replace(/^Received: /, ''),
    ).toMatch(client.describesBadGateway);
    expect(message.length).toBeLessThan(1000);
  });
});
