import { catalogue, defineCatalogue } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../src/catalogue-index.js';
import { closestByCode, closestByName, joinAlternatives } from '../src/utils/did-you-mean.js';

const index = indexCatalogue(catalogue);
const names = (definitions: readonly { name: string }[]) => definitions.map((definition) => definition.name);

describe('closestByName', () => {
  it.each([
    ['BAD_SYMBL', ['BAD_SYMBOL']],
    ['BAD_SYMOBL', ['BAD_SYMBOL']],
    ['bad_symbol', ['BAD_SYMBOL']],
    ['TIMEOT', ['TIMEOUT']],
    ['TOO_MANY_REQUEST', ['TOO_MANY_REQUESTS']],
  ])('finds the near miss of %s', (typed, expected) => {
    expect(names(closestByName(index, typed))).toEqual(expected);
  });

  it('offers every candidate at the smallest distance, in catalogue order, at most three', () => {
    // UNSIGNATURE and UNTIMESTAMP are both within a third of the name, but UNSIGNATUR is one slip from UNSIGNATURE.
    expect(names(closestByName(index, 'UNSIGNATUR'))).toEqual(['UNSIGNATURE']);
    const crowded = indexCatalogue(
      defineCatalogue(
        ['A_1', 'A_2', 'A_3', 'A_4'].map((name, position) => ({
          code: -(9001 + position),
          name,
          group: 'g',
          retry: 'none',
          messages: ['m'],
        })),
      ),
    );
    expect(names(closestByName(crowded, 'A_0'))).toEqual(['A_1', 'A_2', 'A_3']);
  });

  it('offers nothing for a name that is not a near miss', () => {
    expect(closestByName(index, 'NOT_A_THING')).toEqual([]);
    expect(closestByName(index, 'X')).toEqual([]);
  });
});

describe('closestByCode', () => {
  it('prefers two swapped digits over a wrong digit', () => {
    // -1111 (BAD_PRECISION) is one wrong digit from -1211 as well.
    expect(names(closestByCode(index, -1211))).toEqual(['BAD_SYMBOL']);
    expect(names(closestByCode(index, -2071))).toEqual(['BALANCE_NOT_ENOUGH']);
  });

  it('lists several one-slip candidates numerically nearest first', () => {
    expect(names(closestByCode(index, -1010))).toEqual(['DISCONNECTED', 'ILLEGAL_CHARS']);
    // -1014 is one wrong digit away too, but only three are offered.
    expect(names(closestByCode(index, -1019))).toEqual([
      'ILLEGAL_CONTENT_TYPE',
      'SERVICE_SHUTTING_DOWN',
      'TOO_MANY_ORDERS',
    ]);
  });

  it('finds a missing or extra digit', () => {
    expect(names(closestByCode(index, -121))).toEqual(['INVALID_TIMESTAMP', 'BAD_SYMBOL']);
    expect(names(closestByCode(index, -11210))).toEqual(['BAD_SYMBOL']);
  });

  it('offers nothing more than one slip away', () => {
    expect(closestByCode(index, -1999)).toEqual([]);
    expect(closestByCode(index, -4242)).toEqual([]);
  });
});

describe('joinAlternatives', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A or B'],
    [['A', 'B', 'C'], 'A, B or C'],
  ])('joins %j as %j', (items, expected) => {
    expect(joinAlternatives(items)).toBe(expected);
  });
});
