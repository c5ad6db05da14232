import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'trading-client',
    include: ['tests/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
  },
});
