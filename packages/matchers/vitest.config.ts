import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'matchers',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**'],
  },
});
