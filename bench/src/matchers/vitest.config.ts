import { defineConfig } from 'vitest/config';

// Only for bench/src/matchers/run-matchers.bench.ts; the root vitest projects never include bench/.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['matchers.measure.ts'],
    testTimeout: 300_000,
  },
});
