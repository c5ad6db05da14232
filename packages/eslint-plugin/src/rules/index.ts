import exhaustiveRetryableSwitch from './exhaustive-retryable-switch.js';
import noMagicErrorCodes from './no-magic-error-codes.js';

export const rules = {
  'exhaustive-retryable-switch': exhaustiveRetryableSwitch,
  'no-magic-error-codes': noMagicErrorCodes,
};
