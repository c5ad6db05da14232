import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    exclude: ['**/fixture/**', '**/fixtures/**', '**/node_modules/**'],
    // These tests install packages and spawn real CLIs.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
