import { defineCatalogue } from '@exchange-errors/catalogue';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../src/catalogue-index.js';
import { readCodeLiteral, readUnknownCodeLiteral } from '../src/utils/code-literal.js';

/** Codes of every sign and of lengths 1 to 6, so no range or first-character test can drop one. */
const codes = [7, 404, -1, -52_000, 123_456];
const index = indexCatalogue(
  defineCatalogue(
    codes.map((code, position) => ({ code, name: `ERROR_${position}`, group: 'g', retry: 'none', messages: ['m'] })),
  ),
);

/** A literal as ESLint passes it to a listener: `-1` is a `-` around the literal `1`, in an expression statement. */
function literalOf(value: number | string): TSESTree.Literal {
  const statement = { type: 'ExpressionStatement' };
  if (typeof value === 'number' && value < 0) {
    const unary = { type: 'UnaryExpression', operator: '-', parent: statement };
    return { type: 'Literal', value: -value, parent: unary } as unknown as TSESTree.Literal;
  }
  return { type: 'Literal', value, parent: statement } as unknown as TSESTree.Literal;
}

describe('indexCatalogue', () => {
  it('takes a number for a code when it has as many digits as some code', () => {
    expect([0, 9, 99_999, 999_999].every(index.mayBeCode)).toBe(true);
    expect([1_000_000, 1.5e7].some(index.mayBeCode)).toBe(false);
  });

  it('starts the code-shaped magnitudes at the fewest digits of a code', () => {
    const fourDigits = indexCatalogue(
      defineCatalogue([{ code: -1121, name: 'ONLY', group: 'g', retry: 'none', messages: ['m'] }]),
    );
    expect([1000, 9999].every(fourDigits.mayBeCode)).toBe(true);
    expect([999, 10_000].some(fourDigits.mayBeCode)).toBe(false);
    // No positive code: a text must start with a minus sign.
    expect(fourDigits.mayBeCodeText('-1211')).toBe(true);
    expect(fourDigits.mayBeCodeText('1211')).toBe(false);
  });

  it('takes a text for a code by its length and first character', () => {
    expect(['7', '-1', '123456', '-000000000001121'].every(index.mayBeCodeText)).toBe(true);
    expect(['', 'x', ' 404', '+1', '-0000000000001121'].some(index.mayBeCodeText)).toBe(false);
  });

  it('knows which integers have the sign and digit count of some code', () => {
    expect([8, -2, 405, -52_001, 999_999].every(index.looksLikeCode)).toBe(true);
    expect([-404, 10, -1_000_000, 1.5, Number.NaN].some(index.looksLikeCode)).toBe(false);
  });

  it.each(codes)('keeps the real code %s as a number and as a string', (code) => {
    expect(readCodeLiteral(literalOf(code), index)?.definition.code).toBe(code);
    expect(readCodeLiteral(literalOf(String(code)), index)?.definition.code).toBe(code);
    expect(readUnknownCodeLiteral(literalOf(code), index)).toBeUndefined();
    expect(readUnknownCodeLiteral(literalOf(String(code)), index)).toBeUndefined();
  });

  it.each([8, 405, -2, -52_001, 123_457])('finds the unknown code-shaped %s as a number and as a string', (code) => {
    expect(readUnknownCodeLiteral(literalOf(code), index)?.code).toBe(code);
    expect(readUnknownCodeLiteral(literalOf(String(code)), index)?.code).toBe(code);
  });

  it('reads a numeric string as the catalogue does, leading zeros included', () => {
    expect(readCodeLiteral(literalOf('0404'), index)?.definition.code).toBe(404);
    expect(readCodeLiteral(literalOf('-052000'), index)?.definition.code).toBe(-52_000);
    expect(readUnknownCodeLiteral(literalOf('0405'), index)?.code).toBe(405);
  });

  // 0 conventionally means success: the catalogue reads no code from it.
  it.each([0, '0', '-0', 10, -10, 1_000_000, '', 'x', '-', 'abcdef', ' 404', '404 ', '+404', '4e2', '1234567'])(
    'rejects %j',
    (value) => {
      expect(readCodeLiteral(literalOf(value), index)).toBeUndefined();
      expect(readUnknownCodeLiteral(literalOf(value), index)).toBeUndefined();
    },
  );
});
