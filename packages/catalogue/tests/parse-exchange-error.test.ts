import { describe, expect, it } from 'vitest';
import {
  ExchangeError,
  getErrorDefinition,
  MAX_JSON_LENGTH,
  MAX_JSON_PREFIX_LENGTH,
  MAX_PARSE_DEPTH,
  parseExchangeError,
} from '../src/index.js';

const badSymbol = {
  code: -1121,
  known: true,
  name: 'BAD_SYMBOL',
  message: 'Invalid symbol.',
  definition: getErrorDefinition(-1121),
};

function chainOf(depth: number, innermost: unknown): unknown {
  let error = innermost;
  for (let level = 0; level < depth; level += 1) error = new Error(`level ${level}`, { cause: error });
  return error;
}

describe('parseExchangeError', () => {
  it.each([
    ['a payload', { code: -1121, msg: 'Invalid symbol.' }],
    ['a payload with a numeric-string code', { code: '-1121', msg: 'Invalid symbol.' }],
    ['a JSON string', '{"code":-1121,"msg":"Invalid symbol."}'],
    ['a JSON string with leading space', '  {"code":"-1121","msg":"Invalid symbol."}'],
    ['an Error with .code', Object.assign(new Error('Invalid symbol.'), { code: -1121 })],
    ['an ExchangeError', new ExchangeError('BAD_SYMBOL')],
    ['an axios-style error with a JSON body', { response: { data: '{"code":-1121,"msg":"Invalid symbol."}' } }],
    ['an Error whose message is the body', new Error('{"code":-1121,"msg":"Invalid symbol."}')],
    ['a cause chain', chainOf(3, { code: -1121, msg: 'Invalid symbol.' })],
    ['a prefixed message, as ccxt writes it', new Error('binance {"code":-1121,"msg":"Invalid symbol."}')],
    ['a prefixed text with trailing space', 'HTTP 400: {"code":-1121,"msg":"Invalid symbol."}\n'],
    ['a response with a `body` object', { response: { body: { code: -1121, msg: 'Invalid symbol.' } } }],
    ['a response with `text`', { response: { text: '{"code":-1121,"msg":"Invalid symbol."}' } }],
    ['a response with `data` as JSON text', { response: { data: '{"code":-1121,"msg":"Invalid symbol."}' } }],
    [
      'an error with its own `data` beside its response (ky 2)',
      { response: {}, data: { code: -1121, msg: 'Invalid symbol.' } },
    ],
  ])('normalises %s', (_, input) => {
    expect(parseExchangeError(input)).toEqual(badSymbol);
  });

  it.each([
    [
      'an axios-style error (status on the error, headers on the response)',
      Object.assign(new Error('Request failed with status code 429'), {
        code: 'ERR_BAD_REQUEST',
        status: 429,
        response: { status: 429, headers: { 'retry-after': '7' }, data: { code: -1121, msg: 'Invalid symbol.' } },
      }),
      { status: 429, retryAfterMs: 7000 },
    ],
    [
      'a got-style error (statusCode, body text)',
      { response: { statusCode: 400, headers: {}, body: '{"code":-1121,"msg":"Invalid symbol."}' } },
      { status: 400 },
    ],
    [
      'a got-style error whose headers are only in rawHeaders',
      {
        response: {
          statusCode: 429,
          rawHeaders: ['Content-Type', 'application/json', 'Retry-After', '4'],
          body: { code: -1121, msg: 'Invalid symbol.' },
        },
      },
      { status: 429, retryAfterMs: 4000 },
    ],
    [
      'an undici-style ResponseError',
      Object.assign(new Error('Response Error'), {
        statusCode: 429,
        headers: { 'retry-after': ['3', '9'] },
        body: { code: -1121, msg: 'Invalid symbol.' },
      }),
      { status: 429, retryAfterMs: 3000 },
    ],
    [
      'a superagent-style error (status, response.text, capitalised header)',
      {
        status: 400,
        response: { status: 400, headers: { 'Retry-After': '1' }, text: '{"code":-1121,"msg":"Invalid symbol."}' },
      },
      { status: 400, retryAfterMs: 1000 },
    ],
    [
      'a fetch wrapper error with a Headers object',
      Object.assign(new Error('HTTP 400'), {
        status: 400,
        headers: new Headers({ 'Retry-After': '2' }),
        body: '{"code":-1121,"msg":"Invalid symbol."}',
      }),
      { status: 400, retryAfterMs: 2000 },
    ],
    [
      'a fetch Response beside a read body',
      {
        response: new Response(null, { status: 418, headers: { 'retry-after': '5' } }),
        data: { code: -1121, msg: 'Invalid symbol.' },
      },
      { status: 418, retryAfterMs: 5000 },
    ],
    [
      'a raw response that carries an error with 200',
      { status: 200, data: { code: -1121, msg: 'Invalid symbol.' } },
      { status: 200 },
    ],
  ])('reads the HTTP status and Retry-After of %s', (_, input, http) => {
    expect(parseExchangeError(input)).toEqual({ ...badSymbol, http });
  });

  it('reads Retry-After as an HTTP date, a past date as 0, and ignores what is neither', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const withRetryAfter = (value: unknown) =>
      parseExchangeError({ status: 429, headers: { 'retry-after': value }, data: { code: -1003 } })?.http;
    expect(withRetryAfter(inTenSeconds)?.retryAfterMs).toBeGreaterThan(8000);
    expect(withRetryAfter(inTenSeconds)?.retryAfterMs).toBeLessThanOrEqual(10_000);
    expect(withRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT')).toEqual({ status: 429, retryAfterMs: 0 });
    for (const ignored of ['soon', '-5', '1.5', 'x'.repeat(100), 7, undefined]) {
      expect(withRetryAfter(ignored)).toEqual({ status: 429 });
    }
  });

  it('reads a body only where a response keeps it: an object with a status or a response, or a response itself', () => {
    for (const key of ['data', 'body', 'text']) {
      expect(parseExchangeError({ [key]: { code: -1121 } })).toBeUndefined();
      expect(parseExchangeError({ statusCode: 400, [key]: { code: -1121 } })?.code).toBe(-1121);
    }
  });

  it('takes no HTTP status that is not one', () => {
    for (const status of [99, 600, 400.5, '400', -1]) {
      expect(parseExchangeError({ status, data: { code: -1121 } })?.http).toBeUndefined();
    }
  });

  it('never runs a getter of a body or a status, and refuses an object that only claims to be a Response', () => {
    let getterRuns = 0;
    const getter = {
      get: () => {
        getterRuns += 1;
        return { code: -1121 };
      },
    };
    const superagentLike = Object.defineProperties({}, { body: getter, data: getter, text: getter, status: getter });
    expect(parseExchangeError({ response: superagentLike })).toBeUndefined();
    expect(getterRuns).toBe(0);
    const impostor = Object.assign(Object.create(Response.prototype) as object, {
      statusCode: 400,
      data: { code: -1121 },
    });
    // Its own `statusCode` is data; the platform's getters, which refuse it, are never asked.
    expect(parseExchangeError(impostor)).toEqual({
      code: -1121,
      known: true,
      name: 'BAD_SYMBOL',
      definition: badSymbol.definition,
      http: { status: 400 },
    });
  });

  it('takes the message from `message` when there is no `msg`', () => {
    expect(parseExchangeError({ code: -1007, message: 'Timeout' })).toMatchObject({
      name: 'TIMEOUT',
      message: 'Timeout',
    });
  });

  it('omits the message when the payload has none', () => {
    expect(parseExchangeError({ code: -1007 })).toEqual({
      code: -1007,
      known: true,
      name: 'TIMEOUT',
      definition: getErrorDefinition(-1007),
    });
  });

  it('marks unknown codes as unknown instead of dropping them', () => {
    expect(parseExchangeError({ code: -1999, msg: 'New thing' })).toEqual({
      code: -1999,
      known: false,
      message: 'New thing',
    });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', -1121],
    ['a numeric string', '-1121'],
    ['a bigint', -1121n],
    ['a plain message', 'Invalid symbol.'],
    ['malformed JSON', '{"code":-1121'],
    ['JSON without a code', '{"msg":"Invalid symbol."}'],
    ['a success payload', { code: 0, msg: 'success' }],
    ['a float code', { code: -1121.5 }],
    ['a non-numeric code', { code: 'ECONNRESET' }],
    ['a padded code', { code: ' -1121' }],
    ['an empty object', {}],
    ['an array', [{ code: -1121 }]],
    ['a function', () => ({ code: -1121 })],
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1><script>var x = {"code":-1121}</script></body></html>'],
    ['a text whose object starts past the prefix allowance', `${'x'.repeat(MAX_JSON_PREFIX_LENGTH + 1)}{"code":-1121}`],
    ['a text with an object in its middle', 'failed: {"code":-1121} while placing an order'],
    ['a prefixed array', 'binance [{"code":-1121}]'],
  ])('answers undefined for %s', (_, input) => {
    expect(parseExchangeError(input)).toBeUndefined();
  });

  it('follows at most MAX_PARSE_DEPTH wrappers', () => {
    expect(parseExchangeError(chainOf(MAX_PARSE_DEPTH, { code: -1121 }))?.code).toBe(-1121);
    expect(parseExchangeError(chainOf(MAX_PARSE_DEPTH + 1, { code: -1121 }))).toBeUndefined();
    expect(parseExchangeError(chainOf(1000, { code: -1121 }))).toBeUndefined();
  });

  it('survives cycles', () => {
    const first: { cause?: unknown } = {};
    const second = { cause: first, response: { data: first } };
    first.cause = second;
    expect(parseExchangeError(first)).toBeUndefined();
    const selfCaused = new Error('loop');
    (selfCaused as { cause?: unknown }).cause = selfCaused;
    expect(parseExchangeError(selfCaused)).toBeUndefined();
  });

  it('never runs getters, and survives throwing getters and proxies', () => {
    let getterRuns = 0;
    const withGetters = Object.defineProperties(
      {},
      {
        code: {
          get: () => {
            getterRuns += 1;
            throw new Error('boom');
          },
          enumerable: true,
        },
        cause: {
          get: () => {
            getterRuns += 1;
            return { code: -1121 };
          },
        },
      },
    );
    expect(parseExchangeError(withGetters)).toBeUndefined();
    expect(getterRuns).toBe(0);

    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseExchangeError(hostile)).toBeUndefined();
    const revocable = Proxy.revocable({ code: -1121 }, {});
    revocable.revoke();
    expect(parseExchangeError(revocable.proxy)).toBeUndefined();
    expect(parseExchangeError({ cause: hostile, response: hostile })).toBeUndefined();
  });

  it('reads payloads with __proto__ keys without touching prototypes', () => {
    const payload = JSON.parse(
      '{"__proto__":{"polluted":true},"code":-1121,"constructor":{"prototype":{"polluted":true}}}',
    ) as unknown;
    expect(parseExchangeError(payload)?.name).toBe('BAD_SYMBOL');
    expect(parseExchangeError('{"__proto__":{"code":-1121}}')).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('does not parse JSON texts over MAX_JSON_LENGTH', () => {
    const padded = `{"code":-1121,"msg":"${'x'.repeat(MAX_JSON_LENGTH)}"}`;
    expect(parseExchangeError(padded)).toBeUndefined();
    expect(parseExchangeError(new Error(`binance ${padded}`))).toBeUndefined();
    expect(parseExchangeError(`{${' '.repeat(10 * 1024 * 1024)}`)).toBeUndefined();
  });
});
