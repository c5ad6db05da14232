import { buildCatalogue } from './define-catalogue.js';
import { definitions } from './definitions.js';
import type { RetryablePolicy } from './types.js';

/** The exchange's own catalogue: every code of its error page. */
export const catalogue = buildCatalogue(definitions);

type Definition = (typeof definitions)[number];
type RetryableDefinition = Extract<Definition, { readonly retry: RetryablePolicy }>;

/** Error name → code, e.g. `ExchangeErrorCode.BAD_SYMBOL === -1121`. */
export const ExchangeErrorCode = catalogue.codes;
/** The union of every code literal of the catalogue. */
export type ExchangeErrorCode = Definition['code'];
/** The union of every error name of the catalogue. */
export type ExchangeErrorName = Definition['name'];
/** The codes whose retry policy is not `none`. */
export type RetryableErrorCode = RetryableDefinition['code'];
/** The names whose retry policy is not `none`: `satisfies Record<RetryableErrorName, …>` proves a handler is complete. */
export type RetryableErrorName = RetryableDefinition['name'];
/** A definition of the exchange's own catalogue, with its literal code and name. */
export type KnownExchangeErrorDefinition = Definition;

/** All definitions of the exchange's catalogue. */
export const errorDefinitions = catalogue.definitions;
/** The definition for a code, numeric string or name; `undefined` for anything else. */
export const getErrorDefinition = catalogue.get;
/** The retry policy of a code, name, payload or error; `undefined` when it is not a known exchange error. */
export const retryPolicyOf = catalogue.retryPolicyOf;
/** Whether a code, name, payload or error may be retried once its policy has been followed. */
export const isRetryable = catalogue.isRetryable;
/**
 * Finds an exchange error in a payload, JSON text, an `Error`, what an HTTP client or SDK throws or resolves with (see
 * `Catalogue.parse`) or a `cause` chain; never throws. `readExchangeError` also reads an unread fetch `Response`.
 */
export const parseExchangeError = catalogue.parse;
