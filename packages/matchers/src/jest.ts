import { expect } from '@jest/globals';
import type { DefaultCatalogue, ExchangeErrorAssertions } from './assertions.js';
import { catalogue } from '@exchange-errors/catalogue';
import { describeAsymmetricMatchers } from './asymmetric-description.js';
import { matchers } from './index.js';

// Inside a Jest run `@jest/globals` is the runner's own module, so this also extends the global `expect`.
expect.extend(matchers);
describeAsymmetricMatchers(expect, catalogue);

// `@jest/globals` (the `expect` package's types).
declare module 'expect' {
  // Merging requires Jest's exact type parameters.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging adds the members
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ExchangeErrorAssertions<
    DefaultCatalogue,
    R
  > {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface AsymmetricMatchers extends ExchangeErrorAssertions {}
}

// The global `expect` of `@types/jest`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- `@types/jest` declares its types in this namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging adds the members
    interface Matchers<R, T = {}> extends ExchangeErrorAssertions<DefaultCatalogue, R> {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
    interface Expect extends ExchangeErrorAssertions {}
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
    interface InverseAsymmetricMatchers extends ExchangeErrorAssertions {}
  }
}
