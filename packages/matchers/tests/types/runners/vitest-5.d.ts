// Stands in for the `vitest` module of Vitest 5, which re-exports these types from `@vitest/expect` 5.
import type { ExpectStatic } from 'vitest-expect5';

export type { Assertion, AsymmetricMatchersContaining, ExpectStatic, Matchers } from 'vitest-expect5';
export declare const expect: ExpectStatic;
