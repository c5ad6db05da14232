import { expect } from 'vitest';
import type { ExchangeErrorAssertions } from './assertions.js';
import { catalogue } from '@exchange-errors/catalogue';
import { describeAsymmetricMatchers } from './asymmetric-description.js';
import { matchers } from './index.js';

expect.extend(matchers);
describeAsymmetricMatchers(expect, catalogue);

/*
 * Vitest 3.2–4.x declare `Matchers<T = any>` and Vitest 5 `Matchers<R = …, T = unknown>`; a declaration
 * without type parameters merges with both, and `AssertionResult<this>` supplies Vitest 5's `R`.
 */
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface Matchers extends ExchangeErrorAssertions {}
  // Vitest 3.2–4.x type `expect.not` without `Matchers`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the members
  interface AsymmetricMatchersContaining extends ExchangeErrorAssertions {}
}
