import exhaustiveRetryableSwitch from './exhaustive-retryable-switch.js';
import noBlindRetry from './no-blind-retry.js';
import noErrorMessageComparison from './no-error-message-comparison.js';
import noMagicErrorCodes from './no-magic-error-codes.js';
import noUnknownErrorCode from './no-unknown-error-code.js';

export const rules = {
  'exhaustive-retryable-switch': exhaustiveRetryableSwitch,
  'no-blind-retry': noBlindRetry,
  'no-error-message-comparison': noErrorMessageComparison,
  'no-magic-error-codes': noMagicErrorCodes,
  'no-unknown-error-code': noUnknownErrorCode,
};
