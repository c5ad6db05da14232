import { expect } from '@jest/globals';
import type { ExchangeErrorAssertions } from './assertions.js';
import { catalogue } from '@exchange-errors/catalogue';
import { describeAsymmetricMatchers } from './asymmetric-description.js';
import { matchers } from './index.js';

expect.extend(matchers);
describeAsymmetricMatchers(expect, catalogue);

declare module 'expect' {
  // Merging requires Jest's exact type parameters, though the members only use `this`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- declaration merging adds the members
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ExchangeErrorAssertions {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface AsymmetricMatchers extends ExchangeErrorAssertions {}
}
