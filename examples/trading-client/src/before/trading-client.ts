// The client as trading bots are usually written: raw codes, message texts, and a retry loop
// that repeats whatever failed. Compare with ../after/trading-client.ts.
import {
  DEFAULT_MAX_ATTEMPTS,
  newOrderBody,
  orderQueryParams,
  paths,
  RestApi,
  sleep,
  type NewOrder,
  type Order,
  type OrderQuery,
  type TradingClientOptions,
} from '../exchange-api.js';

interface ApiError {
  response?: { data?: { code?: number; msg?: string } };
}

const RETRY_ERRORS: number[] = [-1021, -1000, -1001, -1003, -1006, -1007, -1015];

export class TradingClient {
  private readonly api: RestApi;
  private readonly maxAttempts: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: TradingClientOptions) {
    this.api = new RestApi(options);
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  async placeOrder(order: NewOrder): Promise<Order> {
    try {
      return await this.withRetry(() => this.api.signed<Order>('POST', paths.order, this.request({ body: newOrderBody(order) })));
    } catch (e) {
      throw placementError(e, order);
    }
  }

  async cancelOrder(symbol: string, orderId: string): Promise<Order> {
    return this.withRetry(() =>
      this.api.signed<Order>('POST', paths.cancelOrder, this.request({ body: { symbol, orderId } })),
    );
  }

  async queryOrder(query: OrderQuery): Promise<Order | undefined> {
    try {
      return await this.withRetry(() =>
        this.api.signed<Order>('GET', paths.order, this.request({ query: orderQueryParams(query) })),
      );
    } catch (e) {
      if ((e as ApiError).response?.data?.code === -2013) return undefined;
      throw e;
    }
  }

  private request<T extends object>(request: T): T & { timestamp: string } {
    return { ...request, timestamp: String(this.now()) };
  }

  private async withRetry<T>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (e) {
        const code = (e as ApiError).response?.data?.code;
        if (code === undefined || !RETRY_ERRORS.includes(code) || attempt >= this.maxAttempts) throw e;
        await this.sleep(retryDelay(code));
      }
    }
  }
}

function placementError(e: unknown, order: NewOrder): unknown {
  const msg = (e as ApiError).response?.data?.msg;
  if (msg === 'Invalid symbol.') return new Error(`Unknown symbol ${order.symbol}`);
  if (msg?.includes('Insufficient balance')) return new Error(`Not enough funds for ${order.volume} ${order.symbol}`);
  // Meant EXCHANGE_LOCK (-2016): with the digits swapped, this branch never runs.
  if ((e as ApiError).response?.data?.code === -2061) return new Error('Trading is frozen for this account');
  return e;
}

function retryDelay(code: number): number {
  switch (code) {
    case -1003:
      return 1000;
    case -1021:
      return 0;
    case -1001:
      return 500;
    default:
      return 200;
  }
}
