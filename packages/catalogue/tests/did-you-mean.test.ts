import { describe, expect, it } from 'vitest';
import { catalogue, defineCatalogue, describeDefinition, suggestDefinitions, suggestWord } from '../src/index.js';

const suggested = (input: string | number) => suggestDefinitions(catalogue, input).map(describeDefinition);

describe('suggestDefinitions for a code', () => {
  it.each([
    // Swapped neighbours rank ahead of other single slips (-1111 is one substitution away from -1211).
    [-1211, ['BAD_SYMBOL (-1121)']],
    [-1070, ['TIMEOUT (-1007)']],
    [-2071, ['BALANCE_NOT_ENOUGH (-2017)']],
    // One wrong digit: numerically nearest first, at most three.
    [-1122, ['BAD_SYMBOL (-1121)', 'NO_DEPTH (-1112)', 'MANDATORY_PARAM_EMPTY_OR_MALFORMED (-1102)']],
  ])('%d → %j', (code, expected) => {
    expect(suggested(code)).toEqual(expected);
  });

  it('reads a numeric string by the catalogue rule, leading zeros included', () => {
    expect(suggested('-1211')).toEqual(suggested(-1211));
    expect(suggested('-01211')).toEqual(suggested(-1211));
  });

  it('lists several one-slip candidates numerically nearest first, at most three', () => {
    expect(suggested(-1010)).toEqual(['DISCONNECTED (-1001)', 'ILLEGAL_CHARS (-1100)']);
    // -1014 is one wrong digit away too.
    expect(suggested(-1019)).toEqual([
      'ILLEGAL_CONTENT_TYPE (-1017)',
      'SERVICE_SHUTTING_DOWN (-1016)',
      'TOO_MANY_ORDERS (-1015)',
    ]);
  });

  it('offers a code with a missing or an extra digit', () => {
    expect(suggested(-121)).toEqual(['INVALID_TIMESTAMP (-1021)', 'BAD_SYMBOL (-1121)']);
    expect(suggested(-11210)).toEqual(['BAD_SYMBOL (-1121)']);
  });

  it('offers nothing more than one slip away, nor for what is no code', () => {
    expect(suggested(-1999)).toEqual([]);
    expect(suggested(-4242)).toEqual([]);
    expect(suggested(-9999)).toEqual([]);
    expect(suggested(-1)).toEqual([]);
    expect(suggested(0)).toEqual([]);
    expect(suggested(1.5)).toEqual([]);
    expect(suggested(Number.NaN)).toEqual([]);
  });

  it('never offers more than three', () => {
    for (const { code } of catalogue.definitions) {
      expect(suggestDefinitions(catalogue, code - 1).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('suggestDefinitions for a name', () => {
  it.each([
    ['BAD_SYMBL', ['BAD_SYMBOL (-1121)']],
    ['bad_symbol', ['BAD_SYMBOL (-1121)']],
    ['TIMEOT', ['TIMEOUT (-1007)']],
    ['BAD_SYMOBL', ['BAD_SYMBOL (-1121)']],
    ['TOO_MANY_REQUEST', ['TOO_MANY_REQUESTS (-1003)']],
    // UNTIMESTAMP is within a third of the name too, but UNSIGNATURE is one slip away.
    ['UNSIGNATUR', ['UNSIGNATURE (-1024)']],
  ])('%j → %j', (name, expected) => {
    expect(suggested(name)).toEqual(expected);
  });

  it('offers every name at the smallest distance, in catalogue order, at most three', () => {
    const crowded = defineCatalogue(
      ['A_1', 'A_2', 'A_3', 'A_4'].map((name, position) => ({
        code: -(9001 + position),
        name,
        group: 'g',
        retry: 'none',
        messages: ['m'],
      })),
    );
    expect(suggestDefinitions(crowded, 'A_0').map((definition) => definition.name)).toEqual(['A_1', 'A_2', 'A_3']);
  });

  it('offers nothing for a name far from every one', () => {
    expect(suggested('NOT_A_THING')).toEqual([]);
    expect(suggested('COMPLETELY_DIFFERENT')).toEqual([]);
    expect(suggested('')).toEqual([]);
    expect(suggested('X')).toEqual([]);
  });

  it('stays quick and silent for a huge input', () => {
    expect(suggested('BAD_SYMBOL'.repeat(1_000_000))).toEqual([]);
  });

  it('works over a catalogue of another exchange', () => {
    const custom = defineCatalogue([
      { code: 9001, name: 'VENUE_DOWN', group: 'g', retry: 'backoff', messages: ['Down.'] },
      { code: 9002, name: 'VENUE_HALTED', group: 'g', retry: 'none', messages: ['Halted.'] },
    ]);
    expect(suggestDefinitions(custom, 'VENUE_HALT').map(describeDefinition)).toEqual(['VENUE_HALTED (9002)']);
    expect(suggestDefinitions(custom, 9010).map(describeDefinition)).toEqual(['VENUE_DOWN (9001)']);
  });
});

describe('suggestWord', () => {
  it.each([
    ['catalog', ['catalogue', 'importSource', 'typeAware'], 'catalogue'],
    ['importsource', ['catalogue', 'importSource', 'typeAware'], 'importSource'],
    ['mesage', ['name', 'code', 'message', 'params', 'retry'], 'message'],
    ['rate_limit', ['reconcile', 'resync-clock', 'rate-limit', 'backoff'], 'rate-limit'],
    ['cdoe', ['name', 'code', 'message'], 'code'],
  ])('%j among %j → %j', (input, candidates, expected) => {
    expect(suggestWord(input, candidates)).toBe(expected);
  });

  it('offers nothing when no candidate is close, or there are none', () => {
    expect(suggestWord('colour', ['catalogue', 'importSource', 'typeAware'])).toBeUndefined();
    expect(suggestWord('code', [])).toBeUndefined();
    expect(suggestWord('x'.repeat(10_000_000), ['message'])).toBeUndefined();
  });

  it('ranks an adjacent swap ahead of another single slip, whatever the order', () => {
    expect(suggestWord('abdc', ['abdd', 'abcd'])).toBe('abcd');
  });
});
