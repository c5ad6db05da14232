import { describe, expect, it } from 'vitest';
import {
  ExchangeError,
  getErrorDefinition,
  MAX_JSON_LENGTH,
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
    [
      'an axios-style error',
      Object.assign(new Error('Request failed with status code 400'), {
        code: 'ERR_BAD_REQUEST',
        response: { status: 400, data: { code: -1121, msg: 'Invalid symbol.' } },
      }),
    ],
    ['an axios-style error with a JSON body', { response: { data: '{"code":-1121,"msg":"Invalid symbol."}' } }],
    ['an Error whose message is the body', new Error('{"code":-1121,"msg":"Invalid symbol."}')],
    ['a cause chain', chainOf(3, { code: -1121, msg: 'Invalid symbol.' })],
  ])('normalises %s', (_, input) => {
    expect(parseExchangeError(input)).toEqual(badSymbol);
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
    expect(parseExchangeError(`{${' '.repeat(10 * 1024 * 1024)}`)).toBeUndefined();
  });
});
