import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  catalogue,
  errorDefinitions,
  ExchangeError,
  getErrorDefinition,
  matchMessage,
  MAX_MESSAGE_LENGTH,
  parseExchangeError,
  readExchangeError,
} from '../src/index.js';
import { hostileValue, objectPrototypeSnapshot } from '@exchange-errors/hostile-values';

// Enough runs to reach every branch of the hostile arbitrary many times, few enough to keep the suite fast: the
// 10 MB and 5000-deep inputs bound the time each property takes by input size, not by a clock.
const RUNS = { numRuns: 300 };
const prototypeBefore = objectPrototypeSnapshot();

afterAll(() => {
  expect(objectPrototypeSnapshot()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const definition = fc.constantFrom(...errorDefinitions);

describe('whatever it is given, the catalogue never throws', () => {
  it('parseExchangeError returns undefined or a non-zero integer code', () => {
    fc.assert(
      fc.property(hostileValue, ({ make }) => {
        const parsed = parseExchangeError(make());
        if (parsed === undefined) return;
        expect(Number.isSafeInteger(parsed.code) && parsed.code !== 0).toBe(true);
        expect(parsed.known).toBe(parsed.definition !== undefined);
        if (parsed.definition !== undefined) expect(errorDefinitions).toContain(parsed.definition);
      }),
      RUNS,
    );
  });

  it('readExchangeError resolves to what parseExchangeError finds, or undefined when it finds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, async ({ make }) => {
        const value = make();
        const read = await readExchangeError(value);
        const parsed = parseExchangeError(value);
        // Only a fetch Response holds more than the synchronous parse sees; the hostile values hold none.
        expect(read).toEqual(parsed);
      }),
      RUNS,
    );
  });

  it('getErrorDefinition returns undefined or a definition of the catalogue', () => {
    fc.assert(
      fc.property(hostileValue, ({ make }) => {
        const found = getErrorDefinition(make());
        if (found !== undefined) expect(errorDefinitions).toContain(found);
      }),
      RUNS,
    );
  });

  it('matchMessage returns undefined or one of the definition’s variants', () => {
    fc.assert(
      fc.property(definition, hostileValue, (candidate, { make }) => {
        const text = make();
        const match = matchMessage(candidate, text);
        if (match === undefined) return;
        expect(candidate.messages[match.index]).toBe(match.variant);
        expect(typeof text === 'string' && text.length <= MAX_MESSAGE_LENGTH).toBe(true);
      }),
      RUNS,
    );
  });

  it('ExchangeError.from returns undefined or an ExchangeError with the parsed code', () => {
    fc.assert(
      fc.property(hostileValue, ({ make }) => {
        const error = ExchangeError.from(make());
        if (error === undefined) return;
        expect(error).toBeInstanceOf(ExchangeError);
        expect(Number.isSafeInteger(error.code)).toBe(true);
      }),
      RUNS,
    );
  });

  it('ExchangeError.from survives a proxy whose getPrototypeOf trap throws, and a revoked proxy', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const payload = new Proxy({ code: -1121, msg: 'Invalid symbol.' }, { getPrototypeOf: trap });
    expect(ExchangeError.from(payload)?.errorName).toBe('BAD_SYMBOL');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(ExchangeError.from(proxy)).toBeUndefined();
  });
});

/** Characters of the variant's literal text, which a captured parameter must not contain to be split back out. */
function separatorCharacters(variant: string): Set<string> {
  return new Set(variant.replaceAll('%s', ''));
}
const PARAM_ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:/.,\'" ()[]{}%$#@!?é€😀'];
const templated = errorDefinitions.flatMap((owner) =>
  owner.messages.map((variant, index) => ({ owner, variant, index })).filter(({ variant }) => variant.includes('%s')),
);

describe('matchMessage round-trips', () => {
  it('the catalogue has %s variants to test', () => {
    expect(templated.length).toBeGreaterThan(0);
  });

  it('a %s variant filled with params that hold no separator text gives back the same params', () => {
    const filled = fc.constantFrom(...templated).chain(({ owner, variant, index }) => {
      const separators = separatorCharacters(variant);
      const unit = fc.constantFrom(...PARAM_ALPHABET.filter((character) => !separators.has(character)));
      const placeholders = variant.split('%s').length - 1;
      return fc.record({
        owner: fc.constant(owner),
        variant: fc.constant(variant),
        index: fc.constant(index),
        params: fc.array(fc.string({ unit, maxLength: 40 }), { minLength: placeholders, maxLength: placeholders }),
      });
    });
    fc.assert(
      fc.property(filled, ({ owner, variant, index, params }) => {
        let position = 0;
        const text = variant.replaceAll('%s', () => params[position++] ?? '');
        const match = matchMessage(owner, text);
        expect(match).toBeDefined();
        // An earlier variant of the same code may also fit the text; the first that fits wins.
        expect(match?.index).toBeLessThanOrEqual(index);
        if (match?.index === index) expect(match.params).toEqual(params);
      }),
      RUNS,
    );
  });

  it('a variant without %s matches itself with no params, and nothing longer than MAX_MESSAGE_LENGTH matches', () => {
    fc.assert(
      fc.property(definition, fc.string(), (owner, suffix) => {
        for (const [index, variant] of owner.messages.entries()) {
          if (!variant.includes('%s')) expect(matchMessage(owner, variant)).toMatchObject({ params: [] });
          expect(matchMessage(owner, variant.padEnd(MAX_MESSAGE_LENGTH + 1, suffix || ' '))?.index).not.toBe(index);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('the catalogue parses what ExchangeError.from wraps back to the same code', () => {
    fc.assert(
      fc.property(definition, fc.string(), (owner, msg) => {
        const error = ExchangeError.from({ code: owner.code, msg });
        expect(catalogue.parse(error)?.definition).toBe(owner);
      }),
      RUNS,
    );
  });
});
