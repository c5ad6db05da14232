import '@exchange-errors/matchers/vitest';
