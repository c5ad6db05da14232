import { defineCatalogue } from '@exchange-errors/catalogue';

/** Another exchange's catalogue, for the type tests of `createMatchers` over it. */
export const venueCatalogue = defineCatalogue([
  { code: 4001, name: 'VENUE_HALTED', group: 'venue', retry: 'backoff', messages: ['Trading on %s is halted.'] },
  { code: 4002, name: 'VENUE_REJECTED', group: 'venue', retry: 'none', messages: ['Order rejected.'] },
]);
