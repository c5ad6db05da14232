export {
  catalogue,
  errorDefinitions,
  ExchangeErrorCode,
  getErrorDefinition,
  isRetryable,
  parseExchangeError,
  retryPolicyOf,
  type ExchangeErrorName,
  type KnownExchangeErrorDefinition,
  type RetryableErrorCode,
  type RetryableErrorName,
} from './default-catalogue.js';
export { readCode } from './code.js';
export { defineCatalogue } from './define-catalogue.js';
export { describeDefinition, joinAlternatives } from './describe.js';
export { suggestDefinitions, suggestWord } from './did-you-mean.js';
export { isErrorName } from './error-name.js';
export { ExchangeError, type ExchangeErrorOptions } from './exchange-error.js';
export { isCatalogue } from './is-catalogue.js';
export { matchMessage, MAX_MESSAGE_LENGTH, splitMessageTemplate } from './match-message.js';
export { MAX_JSON_LENGTH, MAX_JSON_PREFIX_LENGTH, MAX_PARSE_DEPTH } from './parse-exchange-error.js';
export { BODY_READ_TIMEOUT_MS } from './parse/response-body.js';
export { readExchangeError } from './read-exchange-error.js';
export { isRetryPolicy, retryablePolicies, retryPolicies } from './retry-policies.js';
export type {
  Catalogue,
  CodeOf,
  DefinitionOf,
  ExchangeErrorDefinition,
  HttpResponseInfo,
  MessageMatch,
  NameOf,
  ParsedExchangeError,
  RetryableDefinitionOf,
  RetryablePolicy,
  RetryPolicy,
} from './types.js';
