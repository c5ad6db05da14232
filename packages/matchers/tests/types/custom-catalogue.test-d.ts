import { createMatchers } from '@exchange-errors/matchers';
import { expect } from 'expect-under-test';
import { venueCatalogue } from './venue-catalogue.js';

// `createMatchers` plus the declaration of declarations/<runner>.ts, checked against every runner and setup
// (tsconfig.*.custom.json): that catalogue's names and codes, and only those.
expect.extend(createMatchers(venueCatalogue));

const payload: unknown = { code: 4001, msg: 'Trading on BTCUSDT is halted.' };

const sync: void = expect(payload).toBeExchangeError('VENUE_HALTED');
const byFields: void = expect(payload).toBeExchangeError({ code: 4001, params: ['BTCUSDT'], retry: 'backoff' });
const negated: void = expect(payload).not.toBeExchangeError(4002);
const retryable: void = expect(payload).toBeRetryableExchangeError('backoff');
const thrown: void = expect(() => payload).toThrowExchangeError('VENUE_HALTED');
const rejected: Promise<void> = expect(Promise.reject(payload)).rejects.toThrowExchangeError(4001);
// @ts-expect-error a plain assertion is not a promise
const notAPromise: Promise<void> = expect(payload).toBeExchangeError();

const asymmetric: Error = expect.toBeExchangeError('VENUE_HALTED');
const asymmetricNegated: Error = expect.not.toBeExchangeError({ name: 'VENUE_REJECTED' });

// @ts-expect-error a misspelt name of that catalogue is a compile error
expect(payload).toBeExchangeError('VENUE_HALTD');
// @ts-expect-error the default catalogue's names are not in it
expect(payload).toBeExchangeError('BAD_SYMBOL');
// @ts-expect-error nor its codes
expect(payload).toThrowExchangeError({ code: -1121 });
// @ts-expect-error in asymmetric use too
expect({ error: payload }).toEqual({ error: expect.toBeExchangeError(4003) });
// @ts-expect-error and under expect.not
expect({ error: payload }).toEqual({ error: expect.not.toBeExchangeError('VENUE_REJECTD') });

export { sync, byFields, negated, retryable, thrown, rejected, notAPromise, asymmetric, asymmetricNegated };
