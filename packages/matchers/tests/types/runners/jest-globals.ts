// Jest's `expect` from `@jest/globals`.
export { expect } from '@jest/globals';
