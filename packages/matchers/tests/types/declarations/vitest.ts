import type { ExchangeErrorAssertions } from '@exchange-errors/matchers';
import type { venueCatalogue } from '../venue-catalogue.js';

// The declaration the matchers README gives for a custom catalogue on Vitest.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface Matchers extends ExchangeErrorAssertions<typeof venueCatalogue> {}
  // Vitest 3.2–4.x type `expect.not.*` with this interface.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface AsymmetricMatchersContaining extends ExchangeErrorAssertions<typeof venueCatalogue> {}
}
