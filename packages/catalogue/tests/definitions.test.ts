import { describe, expect, it } from 'vitest';
import { errorDefinitions, ExchangeErrorCode, getErrorDefinition, isRetryable, retryPolicyOf } from '../src/index.js';
import { readUpstreamEntries } from './upstream.js';

const upstream = readUpstreamEntries();

describe('the catalogue against the upstream error page', () => {
  it('holds every one of the 37 documented codes, in page order', () => {
    expect(upstream).toHaveLength(37);
    expect(errorDefinitions.map(({ code, name }) => [code, name])).toEqual(
      upstream.map(({ code, name }) => [code, name]),
    );
  });

  it.each(upstream)('$code $name keeps every message variant verbatim and in order', ({ code, name, messages }) => {
    const definition = getErrorDefinition(code);
    expect(definition?.name).toBe(name);
    expect(definition?.messages).toEqual(messages);
  });

  it('keeps the server spelling and templates', () => {
    expect(getErrorDefinition('UNKNOWN')?.messages).toEqual(['An unknown error occured while processing the request.']);
    expect(getErrorDefinition('MANDATORY_PARAM_EMPTY_OR_MALFORMED')?.messages[2]).toBe(
      "Param '%s' or '%s' must be sent, but both were empty/null!",
    );
  });

  it('groups codes by their page heading, with the -20xx codes as order/account errors', () => {
    for (const { code, heading } of upstream) {
      const expected = String(code).startsWith('-20') ? 'order' : heading.startsWith('10xx') ? 'general' : 'request';
      expect(getErrorDefinition(code)?.group, `${code}`).toBe(expected);
    }
  });
});

describe('retry policies', () => {
  const retryable = {
    UNKNOWN: 'reconcile',
    UNEXPECTED_RESP: 'reconcile',
    TIMEOUT: 'reconcile',
    DISCONNECTED: 'backoff',
    TOO_MANY_REQUESTS: 'rate-limit',
    TOO_MANY_ORDERS: 'rate-limit',
    INVALID_TIMESTAMP: 'resync-clock',
  } as const;

  it('makes exactly seven codes retryable, each with its policy', () => {
    const actual = Object.fromEntries(
      errorDefinitions.filter((definition) => definition.retry !== 'none').map(({ name, retry }) => [name, retry]),
    );
    expect(actual).toEqual(retryable);
  });

  it('treats SERVICE_SHUTTING_DOWN as permanent', () => {
    expect(retryPolicyOf(ExchangeErrorCode.SERVICE_SHUTTING_DOWN)).toBe('none');
    expect(isRetryable(-1016)).toBe(false);
  });

  it('answers for codes, names, payloads and errors', () => {
    const timeout = Object.assign(new Error('Timeout'), { code: -1007 });
    expect([-1007, 'TIMEOUT', '-1007', { code: -1007, msg: 'x' }, timeout].map(retryPolicyOf)).toEqual(
      Array(5).fill('reconcile'),
    );
    expect([-1007, 'TIMEOUT', { code: '-1007' }, timeout].every(isRetryable)).toBe(true);
    expect([-1121, 'BAD_SYMBOL', { code: -1121 }].some(isRetryable)).toBe(false);
  });

  it('answers undefined and false for what is not a known error', () => {
    for (const input of [-1999, 'NOPE', null, undefined, {}, [], 1.5, Number.NaN, -1121n, () => -1121]) {
      expect(retryPolicyOf(input)).toBeUndefined();
      expect(isRetryable(input)).toBe(false);
    }
  });
});

describe('ExchangeErrorCode', () => {
  it('maps every name to its code and nothing else', () => {
    expect(Object.keys(ExchangeErrorCode)).toHaveLength(37);
    for (const { code, name } of errorDefinitions) expect(ExchangeErrorCode[name]).toBe(code);
  });

  it('is frozen, as are the definitions', () => {
    expect(Object.isFrozen(ExchangeErrorCode)).toBe(true);
    expect(Object.isFrozen(errorDefinitions)).toBe(true);
    expect(
      errorDefinitions.every((definition) => Object.isFrozen(definition) && Object.isFrozen(definition.messages)),
    ).toBe(true);
  });
});
