import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'eslint-plugin',
    include: ['tests/**/*.test.ts'],
    // The first type-aware case builds a TypeScript program: seconds on a busy machine, past the 5 s default.
    testTimeout: 30_000,
  },
});
