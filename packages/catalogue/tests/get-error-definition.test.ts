import { describe, expect, it } from 'vitest';
import { getErrorDefinition } from '../src/index.js';

describe('getErrorDefinition', () => {
  it('finds a definition by code, numeric string and name', () => {
    const bySymbol = getErrorDefinition(-1121);
    expect(bySymbol).toMatchObject({ code: -1121, name: 'BAD_SYMBOL', group: 'request', retry: 'none' });
    expect(getErrorDefinition('-1121')).toBe(bySymbol);
    expect(getErrorDefinition('BAD_SYMBOL')).toBe(bySymbol);
  });

  it.each([
    ['an unknown code', -1999],
    ['an unknown name', 'BAD_SYMBL'],
    ['a lower-case name', 'bad_symbol'],
    ['NaN', Number.NaN],
    ['a float', -1121.5],
    ['Infinity', Number.NEGATIVE_INFINITY],
    ['a bigint', -1121n],
    ['null', null],
    ['undefined', undefined],
    ['an object', { code: -1121 }],
    ['an array', [-1121]],
    ['a padded numeric string', ' -1121'],
    ['an inherited key', 'constructor'],
    ['__proto__', '__proto__'],
    ['a symbol', Symbol('BAD_SYMBOL')],
  ])('answers undefined for %s', (_, input) => {
    expect(getErrorDefinition(input)).toBeUndefined();
  });
});
