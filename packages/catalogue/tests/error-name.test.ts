import { describe, expect, it } from 'vitest';
import { errorDefinitions, isErrorName } from '../src/index.js';

describe('isErrorName', () => {
  it('accepts every name of the catalogue', () => {
    expect(errorDefinitions.filter((definition) => !isErrorName(definition.name))).toEqual([]);
  });

  it.each(['BAD_SYMBOL', 'x', '_private', '$dollar', 'Mixed_Case9'])('accepts %j', (value) => {
    expect(isErrorName(value)).toBe(true);
  });

  it.each(['', '1121', '-1121', 'BAD SYMBOL', 'BAD-SYMBOL', 'Invalid symbol.', 'ÉCHEC', 'BAD_SYMBOL\n', -1121, null])(
    'refuses %j',
    (value) => {
      expect(isErrorName(value)).toBe(false);
    },
  );
});
