// The file listed in `test.setupFiles`.
import '@exchange-errors/matchers/vitest';
