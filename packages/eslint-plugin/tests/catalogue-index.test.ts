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

describe('indexCatalogue ranges', () => {
  it('records the magnitude, code-shaped magnitude and text length ranges and the signs of the codes', () => {
    expect(index.codeMagnitudeRange).toEqual({ min: 1, max: 123_456 });
    expect(index.codeShapedMagnitudeRange).toEqual({ min: 0, max: 999_999 });
    expect(index.codeTextLengthRange).toEqual({ min: 1, max: 6 });
    expect([index.hasNegativeCodes, index.hasPositiveCodes]).toEqual([true, true]);
  });

  it('starts the code-shaped magnitudes at the fewest digits of a code', () => {
    const fourDigits = indexCatalogue(
      defineCatalogue([{ code: -1121, name: 'ONLY', group: 'g', retry: 'none', messages: ['m'] }]),
    );
    expect(fourDigits.codeShapedMagnitudeRange).toEqual({ min: 1000, max: 9999 });
    expect([fourDigits.hasNegativeCodes, fourDigits.hasPositiveCodes]).toEqual([true, false]);
  });

  it.each(codes)('keeps the real code %s as a number and as a string', (code) => {
    expect(readCodeLiteral(literalOf(code), index)?.definition.code).toBe(code);
    expect(readCodeLiteral(literalOf(String(code)), index)?.definition.code).toBe(code);
    expect(readUnknownCodeLiteral(literalOf(code), index)).toBeUndefined();
    expect(readUnknownCodeLiteral(literalOf(String(code)), index)).toBeUndefined();
  });

  it.each([8, 0, 405, -2, -52_001, 123_457])('finds the unknown code-shaped %s as a number and as a string', (code) => {
    expect(readUnknownCodeLiteral(literalOf(code), index)?.code).toBe(code);
    expect(readUnknownCodeLiteral(literalOf(String(code)), index)?.code).toBe(code);
  });

  it.each([10, -10, 1_000_000, '', 'x', '-', 'abcdef', ' 404', '0404', '1234567'])('rejects %j', (value) => {
    expect(readCodeLiteral(literalOf(value), index)).toBeUndefined();
    expect(readUnknownCodeLiteral(literalOf(value), index)).toBeUndefined();
  });
});
