// The file listed in `setupFilesAfterEnv`, for `@jest/globals` and for the global `expect` alike.
import '@exchange-errors/matchers/jest';
