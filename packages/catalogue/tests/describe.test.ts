import { describe, expect, it } from 'vitest';
import { describeDefinition, getErrorDefinition, joinAlternatives } from '../src/index.js';

describe('describeDefinition', () => {
  it('names a definition by name and code', () => {
    expect(describeDefinition(getErrorDefinition(-1121)!)).toBe('BAD_SYMBOL (-1121)');
    expect(describeDefinition({ code: 51000, name: 'PARAM_ERROR', messages: ['x'], group: 'g', retry: 'none' })).toBe(
      'PARAM_ERROR (51000)',
    );
  });
});

describe('joinAlternatives', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
  ])('joins %j as %j', (items, joined) => {
    expect(joinAlternatives(items)).toBe(joined);
  });
});
