// Compile-time checks of the public types: `pnpm typecheck` fails when one of them stops holding.
import type { suggestDefinitions } from '../../src/index.js';
import {
  defineCatalogue,
  ExchangeErrorCode,
  type CodeOf,
  type DefinitionOf,
  type ExchangeErrorName,
  type NameOf,
  type RetryableErrorCode,
  type RetryableErrorName,
  type RetryPolicy,
} from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

assertType<Equal<typeof ExchangeErrorCode.BAD_SYMBOL, -1121>>();
assertType<Equal<RetryableErrorCode, -1000 | -1001 | -1003 | -1006 | -1007 | -1015 | -1021>>();
assertType<
  Equal<
    RetryableErrorName,
    | 'UNKNOWN'
    | 'DISCONNECTED'
    | 'TOO_MANY_REQUESTS'
    | 'UNEXPECTED_RESP'
    | 'TIMEOUT'
    | 'TOO_MANY_ORDERS'
    | 'INVALID_TIMESTAMP'
  >
>();
assertType<Equal<RetryPolicy, 'reconcile' | 'backoff' | 'rate-limit' | 'resync-clock' | 'none'>>();

const code: ExchangeErrorCode = ExchangeErrorCode.TIMEOUT;
// @ts-expect-error -1122 is not a catalogue code
const notACode: ExchangeErrorCode = -1122;
const name: ExchangeErrorName = 'BAD_SYMBOL';
// @ts-expect-error a misspelt name is a compile error
const misspelt: ExchangeErrorName = 'BAD_SYMBL';

type Handler = () => 'retry' | 'reconcile' | 'fail';
const complete = {
  UNKNOWN: () => 'reconcile',
  UNEXPECTED_RESP: () => 'reconcile',
  TIMEOUT: () => 'reconcile',
  DISCONNECTED: () => 'retry',
  TOO_MANY_REQUESTS: () => 'retry',
  TOO_MANY_ORDERS: () => 'retry',
  INVALID_TIMESTAMP: () => 'retry',
} satisfies Record<RetryableErrorName, Handler>;

const missingTimeout = {
  UNKNOWN: () => 'reconcile',
  UNEXPECTED_RESP: () => 'reconcile',
  DISCONNECTED: () => 'retry',
  TOO_MANY_REQUESTS: () => 'retry',
  TOO_MANY_ORDERS: () => 'retry',
  INVALID_TIMESTAMP: () => 'retry',
  // @ts-expect-error TIMEOUT is missing, so the handler table does not satisfy the retryable names
} satisfies Record<RetryableErrorName, Handler>;

const custom = defineCatalogue([
  { code: 51000, name: 'PARAM_ERROR', group: 'request', retry: 'none', messages: ['Parameter error'] },
  { code: 50011, name: 'RATE_LIMITED', group: 'general', retry: 'rate-limit', messages: ['Rate limit reached.'] },
]);
assertType<Equal<CodeOf<typeof custom>, 51000 | 50011>>();
assertType<Equal<NameOf<typeof custom>, 'PARAM_ERROR' | 'RATE_LIMITED'>>();
assertType<Equal<typeof custom.codes.RATE_LIMITED, 50011>>();
// The derived lookups keep the literal definitions.
assertType<Equal<ReturnType<typeof custom.byCode.get>, DefinitionOf<typeof custom> | undefined>>();
assertType<Equal<ReturnType<typeof custom.byName.get>, DefinitionOf<typeof custom> | undefined>>();
assertType<Equal<(typeof custom.retryable)[number], DefinitionOf<typeof custom>>>();
assertType<
  Equal<ReturnType<typeof suggestDefinitions<DefinitionOf<typeof custom>>>, readonly DefinitionOf<typeof custom>[]>
>();

export { code, complete, custom, misspelt, missingTimeout, name, notACode };
