import { describe, expect, it } from 'vitest';
import { defineCatalogue, ExchangeError, ExchangeErrorCode, getErrorDefinition } from '../src/index.js';

describe('ExchangeError', () => {
  it('is an Error identified by its code', () => {
    const error = new ExchangeError(ExchangeErrorCode.TIMEOUT);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ExchangeError',
      code: -1007,
      errorName: 'TIMEOUT',
      definition: getErrorDefinition(-1007),
      message: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    });
  });

  it('accepts a name, a numeric string, a message, a payload and a cause', () => {
    const cause = new Error('socket hang up');
    const payload = { code: -1121, msg: 'Invalid symbol.' };
    const error = new ExchangeError('-1121', { message: 'Invalid symbol: FOO', payload, cause });
    expect(error).toMatchObject({
      code: -1121,
      errorName: 'BAD_SYMBOL',
      message: 'Invalid symbol: FOO',
      payload,
      cause,
    });
    expect(new ExchangeError('BAD_SYMBOL').code).toBe(-1121);
  });

  it('keeps codes the catalogue does not know', () => {
    expect(new ExchangeError(-1999)).toMatchObject({
      code: -1999,
      errorName: undefined,
      definition: undefined,
      message: 'Exchange error -1999',
    });
  });

  it.each([['BAD_SYMBL'], [1.5], [0], ['']])('rejects %j with a message naming it', (input) => {
    expect(() => new ExchangeError(input)).toThrow(
      `ExchangeError: ${JSON.stringify(input)} is neither a known error name nor a non-zero integer code.`,
    );
  });

  describe('from', () => {
    it('wraps any shape parseExchangeError understands', () => {
      const response = { response: { data: { code: -1015, msg: 'Too many new orders.' } } };
      const error = ExchangeError.from(response);
      expect(error).toMatchObject({
        code: -1015,
        errorName: 'TOO_MANY_ORDERS',
        message: 'Too many new orders.',
        payload: response,
      });
    });

    it('keeps an Error input as the cause and returns ExchangeErrors as they are', () => {
      const thrown = Object.assign(new Error('Timeout'), { code: -1007 });
      expect(ExchangeError.from(thrown)?.cause).toBe(thrown);
      const existing = new ExchangeError('TIMEOUT');
      expect(ExchangeError.from(existing)).toBe(existing);
    });

    it('answers undefined when there is no exchange error', () => {
      expect(ExchangeError.from(new Error('plain'))).toBeUndefined();
      expect(ExchangeError.from(null)).toBeUndefined();
    });

    it('uses a custom catalogue', () => {
      const other = defineCatalogue([
        { code: 51000, name: 'PARAM_ERROR', group: 'request', retry: 'none', messages: ['Parameter error'] },
      ]);
      expect(ExchangeError.from({ code: 51000 }, other)).toMatchObject({
        errorName: 'PARAM_ERROR',
        message: 'Parameter error',
      });
    });
  });
});
