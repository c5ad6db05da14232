import { describe, expect, it } from 'vitest';
import { getErrorDefinition, parseExchangeError, readCode } from '../src/index.js';

describe('readCode', () => {
  it.each([
    [-1121, -1121],
    ['-1121', -1121],
    ['-01121', -1121],
    ['51000', 51000],
    ['000042', 42],
  ])('reads %j as %d', (value, code) => {
    expect(readCode(value)).toBe(code);
  });

  it.each([0, -0, '0', '-0', 1.5, Number.NaN, Infinity, 2 ** 53, '', ' -1121', '-1121 ', '+1121', '1e3', '-1_121'])(
    'reads no code from %j',
    (value) => {
      expect(readCode(value)).toBeUndefined();
    },
  );

  it.each([null, undefined, true, {}, [], [-1121], -1121n, Symbol('-1121'), () => -1121])(
    'reads no code from a %s',
    (value) => {
      expect(readCode(value)).toBeUndefined();
    },
  );

  it('reads no code from more than 15 digits, which a number cannot hold exactly', () => {
    expect(readCode('1'.repeat(15))).toBe(111_111_111_111_111);
    expect(readCode('1'.repeat(16))).toBeUndefined();
  });

  it('is the rule of the lookups and of the parser', () => {
    expect(getErrorDefinition('-01121')?.name).toBe('BAD_SYMBOL');
    expect(parseExchangeError({ code: '-01121' })?.name).toBe('BAD_SYMBOL');
    expect(getErrorDefinition('-1121.0')).toBeUndefined();
    expect(parseExchangeError({ code: '-1121.0' })).toBeUndefined();
  });
});
