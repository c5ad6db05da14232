import { describe, expect, it } from 'vitest';
import { definitions } from '../src/definitions.js';
import { catalogue, defineCatalogue, type ExchangeErrorDefinition } from '../src/index.js';

const valid = {
  code: 51000,
  name: 'PARAM_ERROR',
  group: 'request',
  retry: 'none',
  messages: ['Parameter %s error'],
} as const;

describe('defineCatalogue', () => {
  const custom = defineCatalogue([
    valid,
    { code: 50011, name: 'RATE_LIMITED', group: 'general', retry: 'rate-limit', messages: ['Rate limit reached.'] },
  ]);

  it('offers the same lookups for another exchange', () => {
    expect(custom.codes).toEqual({ PARAM_ERROR: 51000, RATE_LIMITED: 50011 });
    expect(custom.get('RATE_LIMITED')?.code).toBe(50011);
    expect(custom.get('51000')?.name).toBe('PARAM_ERROR');
    expect(custom.isRetryable({ code: '50011' })).toBe(true);
    expect(custom.retryPolicyOf(51000)).toBe('none');
    expect(custom.parse({ code: -1121 })).toEqual({ code: -1121, known: false });
  });

  it("accepts the exchange's own definitions, which the package builds without re-validating them at import", () => {
    const validated = defineCatalogue(definitions);
    expect(validated.definitions).toEqual(catalogue.definitions);
    expect(validated.codes).toEqual(catalogue.codes);
  });

  it('copies its input, so later changes to it do not leak in', () => {
    const messages = ['Original'];
    const copy = defineCatalogue([{ code: 1, name: 'ONE', group: 'g', retry: 'none', messages }]);
    messages.push('Added');
    expect(copy.get(1)?.messages).toEqual(['Original']);
  });

  it.each([
    ['a non-array', 'nope', 'expected a non-empty array of error definitions'],
    ['an empty list', [], 'expected a non-empty array of error definitions'],
    ['a non-object entry', [null], 'definitions[0] must be an object with code, name, messages, group and retry.'],
    [
      'a non-integer code',
      [{ ...valid, code: -1121.5 }],
      'definitions[0] (PARAM_ERROR) has code -1121.5; expected a non-zero integer.',
    ],
    [
      'a string code',
      [{ ...valid, code: '-1121' }],
      'definitions[0] (PARAM_ERROR) has code "-1121"; expected a non-zero integer.',
    ],
    [
      'a bigint code',
      [{ ...valid, code: -1121n }],
      'definitions[0] (PARAM_ERROR) has code a bigint; expected a non-zero integer.',
    ],
    ['a symbol group', [{ ...valid, group: Symbol('g') }], 'has group Symbol(g); expected a non-empty string.'],
    ['a zero code', [{ ...valid, code: 0 }], 'has code 0; expected a non-zero integer.'],
    [
      'a name that is no identifier',
      [{ ...valid, name: 'BAD SYMBOL' }],
      'definitions[0] (BAD SYMBOL) has name "BAD SYMBOL"; expected an identifier such as "BAD_SYMBOL".',
    ],
    ['a missing name', [{ ...valid, name: undefined }], 'definitions[0] has name undefined; expected an identifier'],
    [
      'empty messages',
      [{ ...valid, messages: [] }],
      'definitions[0] (PARAM_ERROR) has messages []; expected a non-empty array of non-empty message strings.',
    ],
    [
      'a blank message',
      [{ ...valid, messages: ['ok', ''] }],
      'definitions[0] (PARAM_ERROR) has messages ["ok",""]; expected a non-empty array',
    ],
    ['an empty group', [{ ...valid, group: '' }], 'has group ""; expected a non-empty string.'],
    [
      'an unknown retry policy',
      [{ ...valid, retry: 'sometimes' }],
      'has retry "sometimes"; expected one of "reconcile", "resync-clock", "rate-limit", "backoff", "none".',
    ],
    [
      'a duplicate code',
      [valid, { ...valid, name: 'OTHER' }],
      'definitions[1] (OTHER) repeats code 51000 of PARAM_ERROR',
    ],
    [
      'a duplicate name',
      [valid, { ...valid, code: 51001 }],
      'definitions[1] (PARAM_ERROR) repeats name PARAM_ERROR (code 51000)',
    ],
  ])('rejects %s with a message naming the entry', (_, input, message) => {
    expect(() => defineCatalogue(input as unknown as ExchangeErrorDefinition[])).toThrow(message);
  });
});

describe('derived lookups', () => {
  it('index every definition by code and by name', () => {
    expect(catalogue.byCode.size).toBe(catalogue.definitions.length);
    expect(catalogue.byName.size).toBe(catalogue.definitions.length);
    for (const definition of catalogue.definitions) {
      expect(catalogue.byCode.get(definition.code)).toBe(definition);
      expect(catalogue.byName.get(definition.name)).toBe(definition);
    }
  });

  it('list the retryable definitions in catalogue order', () => {
    expect(catalogue.retryable).toEqual(catalogue.definitions.filter((definition) => definition.retry !== 'none'));
    expect(catalogue.retryable.length).toBeGreaterThan(0);
    expect(Object.isFrozen(catalogue.retryable)).toBe(true);
  });

  it('hold the frozen copies, for a catalogue of another exchange too', () => {
    const custom = defineCatalogue([valid, { ...valid, code: 51001, name: 'RETRY_LATER', retry: 'backoff' }]);
    expect(custom.byCode.get(51001)).toBe(custom.definitions[1]);
    expect(custom.byName.get('PARAM_ERROR')).toBe(custom.definitions[0]);
    expect(custom.retryable).toEqual([custom.definitions[1]]);
  });
});
