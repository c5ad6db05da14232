import type { ExchangeErrorAssertions } from '@exchange-errors/matchers';
import type { venueCatalogue } from '../venue-catalogue.js';

// The declarations the matchers README gives for a custom catalogue on Jest: `@jest/globals`, then the global `expect`.
declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging adds the members
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ExchangeErrorAssertions<
    typeof venueCatalogue,
    R
  > {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface AsymmetricMatchers extends ExchangeErrorAssertions<typeof venueCatalogue> {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/jest declares its types in this namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging adds the members
    interface Matchers<R, T = {}> extends ExchangeErrorAssertions<typeof venueCatalogue, R> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
    interface Expect extends ExchangeErrorAssertions<typeof venueCatalogue> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
    interface InverseAsymmetricMatchers extends ExchangeErrorAssertions<typeof venueCatalogue> {}
  }
}
