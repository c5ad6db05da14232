// The same client with @exchange-errors/catalogue: codes by name, the catalogue's retry policy,
// and a switch that handles every retryable code. Compare with ../before/trading-client.ts.
import { randomUUID } from 'node:crypto';
import {
  ExchangeError,
  ExchangeErrorCode,
  isRetryable,
  retryPolicyOf,
  type RetryableErrorCode,
} from '@exchange-errors/catalogue';
import {
  DEFAULT_MAX_ATTEMPTS,
  HttpError,
  newOrderBody,
  orderQueryParams,
  paths,
  RestApi,
  sleep,
  type NewOrder,
  type Order,
  type OrderQuery,
  type ServerTime,
  type TradingClientOptions,
} from '../exchange-api.js';

/** Used when a rate-limit answer carries no Retry-After header. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;
/** The first backoff after DISCONNECTED; it doubles with every attempt, up to the maximum. */
export const BACKOFF_BASE_MS = 200;
export const BACKOFF_MAX_MS = 10_000;

/** Finds out whether a call whose outcome is unknown took effect; `undefined` when it did not. */
type Reconcile<T> = () => Promise<T | undefined>;

export class TradingClient {
  private readonly api: RestApi;
  private readonly maxAttempts: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Server time minus local time, learnt on INVALID_TIMESTAMP. */
  private clockOffsetMs = 0;

  constructor(options: TradingClientOptions) {
    this.api = new RestApi(options);
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  placeOrder(order: NewOrder): Promise<Order> {
    // One id for every attempt: it is how a placement with an unknown outcome is found again.
    const placed = { ...order, clientOrderId: order.clientOrderId ?? randomUUID().replaceAll('-', '') };
    return this.withRetries(
      () => this.api.signed<Order>('POST', paths.order, this.request({ body: newOrderBody(placed) })),
      () => this.queryOrder({ symbol: order.symbol, clientOrderId: placed.clientOrderId }),
    );
  }

  cancelOrder(symbol: string, orderId: string): Promise<Order> {
    return this.withRetries(
      () => this.api.signed<Order>('POST', paths.cancelOrder, this.request({ body: { symbol, orderId } })),
      async () => {
        const order = await this.queryOrder({ symbol, orderId });
        return order?.status === 'CANCELED' ? order : undefined;
      },
    );
  }

  /** The order, or `undefined` when the exchange does not know it. */
  async queryOrder(query: OrderQuery): Promise<Order | undefined> {
    try {
      // A query changes nothing, so there is nothing to reconcile before asking again.
      return await this.withRetries(
        () => this.api.signed<Order>('GET', paths.order, this.request({ query: orderQueryParams(query) })),
        async () => undefined,
      );
    } catch (error) {
      if (error instanceof ExchangeError && error.code === ExchangeErrorCode.NO_SUCH_ORDER) return undefined;
      throw error;
    }
  }

  private request<T extends object>(request: T): T & { timestamp: string } {
    return { ...request, timestamp: String(this.now() + this.clockOffsetMs) };
  }

  private async withRetries<T>(send: () => Promise<T>, reconcile: Reconcile<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      let error: ExchangeError;
      try {
        return await send();
      } catch (caught) {
        const parsed = ExchangeError.from(caught);
        // Not an exchange error (a network failure, a gateway's HTML page): not ours to retry.
        if (parsed === undefined) throw caught;
        error = parsed;
      }
      const code = error.code;
      if (!isRetryableCode(code)) throw error;
      // Execution status unknown: find out before anything else, even when no attempt is left.
      if (retryPolicyOf(code) === 'reconcile') {
        const settled = await reconcile();
        if (settled !== undefined) return settled;
      }
      if (attempt >= this.maxAttempts) throw error;
      await this.prepareRetry(code, error, attempt);
    }
  }

  private async prepareRetry(code: RetryableErrorCode, error: ExchangeError, attempt: number): Promise<void> {
    switch (code) {
      case ExchangeErrorCode.UNKNOWN:
      case ExchangeErrorCode.UNEXPECTED_RESP:
      case ExchangeErrorCode.TIMEOUT:
        // Reconciled already: the call did not take effect, so it can be sent again at once.
        return;
      case ExchangeErrorCode.INVALID_TIMESTAMP:
        await this.syncClock();
        return;
      case ExchangeErrorCode.TOO_MANY_REQUESTS:
      case ExchangeErrorCode.TOO_MANY_ORDERS:
        await this.sleep(retryAfterMs(error));
        return;
      case ExchangeErrorCode.DISCONNECTED:
        await this.sleep(backoffMs(attempt));
        return;
      default:
        // A compile error here means the catalogue gained a retryable code this switch does not handle.
        throw new Error(`No recovery for retryable code ${code satisfies never}`, { cause: error });
    }
  }

  private async syncClock(): Promise<void> {
    const { serverTime } = await this.api.get<ServerTime>(paths.serverTime);
    this.clockOffsetMs = serverTime - this.now();
  }
}

function isRetryableCode(code: number): code is RetryableErrorCode {
  return isRetryable(code);
}

/** The exchange sends Retry-After in seconds. */
function retryAfterMs(error: ExchangeError): number {
  const header = error.cause instanceof HttpError ? error.cause.response.headers.get('Retry-After') : null;
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** Exponential backoff with equal jitter: half the delay is fixed, half random, so clients do not retry in step. */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
