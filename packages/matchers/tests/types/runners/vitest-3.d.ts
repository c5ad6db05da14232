// Stands in for the `vitest` module of Vitest 3.2, which re-exports these types from `@vitest/expect` 3.2.
import type { ExpectStatic } from 'vitest-expect3';

export type { Assertion, AsymmetricMatchersContaining, ExpectStatic, Matchers } from 'vitest-expect3';
export declare const expect: ExpectStatic;
