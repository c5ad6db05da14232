import { defineCatalogue, type RetryablePolicy } from '@exchange-errors/catalogue';
import { describe, expect, test } from 'vitest';
import { createMatchers, type ExchangeErrorExpectation } from '../src/index.js';
import { failureMessage } from './failure-message.js';

const venueCatalogue = defineCatalogue([
  { code: 4001, name: 'VENUE_HALTED', group: 'venue', retry: 'backoff', messages: ['Trading on %s is halted.'] },
  { code: 4002, name: 'VENUE_REJECTED', group: 'venue', retry: 'none', messages: ['Order rejected.'] },
]);
type VenueExpectation = ExchangeErrorExpectation<typeof venueCatalogue>;

declare module 'vitest' {
  interface Matchers {
    toBeVenueError(expected?: VenueExpectation): void;
    toBeRetryableVenueError(policy?: RetryablePolicy): void;
    toThrowVenueError(expected?: VenueExpectation): void;
  }
}

const venue = createMatchers(venueCatalogue);
expect.extend({
  toBeVenueError: venue.toBeExchangeError,
  toBeRetryableVenueError: venue.toBeRetryableExchangeError,
  toThrowVenueError: venue.toThrowExchangeError,
});

const halted = { code: 4001, msg: 'Trading on BTCUSDT is halted.' };

describe('createMatchers over a custom catalogue', () => {
  test("recognises that catalogue's names, codes, params and policies", async () => {
    expect(halted).toBeVenueError('VENUE_HALTED');
    expect(halted).toBeVenueError({ code: 4001, params: ['BTCUSDT'] });
    expect(halted).toBeRetryableVenueError('backoff');
    expect({ code: 4002 }).not.toBeRetryableVenueError();
    expect(() => {
      throw halted;
    }).toThrowVenueError(4001);
    await expect(Promise.reject(halted)).rejects.toBeVenueError('VENUE_HALTED');
    expect([halted]).toEqual([expect.toBeVenueError(4001)]);
  });

  test("the default catalogue's codes are unknown to it", async () => {
    expect({ code: -1121, msg: 'Invalid symbol.' }).not.toBeVenueError();
    expect(await failureMessage(() => expect(halted).toBeVenueError('BAD_SYMBOL' as 'VENUE_HALTED')))
      .toMatchInlineSnapshot(`
      "expect(received).toBeExchangeError(expected)

      "BAD_SYMBOL" is not an error name of the catalogue"
    `);
    expect(await failureMessage(() => expect(halted).toBeVenueError('VENUE_HALT' as 'VENUE_HALTED')))
      .toMatchInlineSnapshot(`
      "expect(received).toBeExchangeError(expected)

      "VENUE_HALT" is not an error name of the catalogue; did you mean VENUE_HALTED (4001)?"
    `);
  });

  test('refuses something that is not a catalogue', () => {
    expect(() => createMatchers({} as typeof venueCatalogue)).toThrow(
      'createMatchers: expected a catalogue built with defineCatalogue from @exchange-errors/catalogue.',
    );
  });
});
