// What both clients share and what has nothing to do with error handling:
// the REST paths, the payload types, request signing and the HTTP call.
import { createHmac } from 'node:crypto';

export const paths = {
  serverTime: '/sapi/v1/time',
  order: '/sapi/v1/order',
  cancelOrder: '/sapi/v1/cancel',
} as const;

export type OrderSide = 'BUY' | 'SELL';
export type OrderType = 'LIMIT' | 'MARKET';
export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED';

export interface NewOrder {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly volume: string;
  readonly price?: string;
  /** Your own id for the order; the exchange finds the order by it too. */
  readonly clientOrderId?: string;
}

export interface Order {
  readonly orderId: string;
  readonly clientOrderId: string;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly price: string;
  readonly origQty: string;
  readonly executedQty: string;
  readonly status: OrderStatus;
  readonly transactTime: number;
}

export type OrderQuery =
  { readonly symbol: string; readonly orderId: string } | { readonly symbol: string; readonly clientOrderId: string };

export interface ServerTime {
  readonly serverTime: number;
}

export interface TradingClientOptions {
  /** E.g. `https://openapi.example.com`, without a trailing slash. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly secretKey: string;
  /** How many times one call is sent at most; defaults to 5. */
  readonly maxAttempts?: number;
  /** The local clock in epoch milliseconds; injectable so tests can skew it. */
  readonly now?: () => number;
  /** Injectable so tests do not really wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function newOrderBody(order: NewOrder): Record<string, string> {
  return {
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    volume: order.volume,
    ...(order.price === undefined ? {} : { price: order.price }),
    ...(order.clientOrderId === undefined ? {} : { newClientOrderId: order.clientOrderId }),
  };
}

export function orderQueryParams(query: OrderQuery): Record<string, string> {
  return 'orderId' in query
    ? { symbol: query.symbol, orderId: query.orderId }
    : { symbol: query.symbol, newClientOrderId: query.clientOrderId };
}

/** `X-CH-SIGN`: HMAC-SHA256, in hex, of timestamp + method + path (with its query string) + body. */
export function sign(secretKey: string, timestamp: string, method: string, requestPath: string, body: string): string {
  return createHmac('sha256', secretKey)
    .update(timestamp + method + requestPath + body)
    .digest('hex');
}

/** A non-2xx answer, shaped like the HTTP client errors bots usually inspect. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly response: { readonly status: number; readonly headers: Headers; readonly data: unknown };

  constructor(method: string, requestPath: string, status: number, headers: Headers, data: unknown) {
    super(
      `${method} ${requestPath} answered HTTP ${status}: ${typeof data === 'string' ? data : JSON.stringify(data)}`,
    );
    this.response = { status, headers, data };
  }
}

export interface SignedRequest {
  readonly timestamp: string;
  readonly query?: Record<string, string>;
  readonly body?: Record<string, string>;
}

export class RestApi {
  constructor(private readonly options: Pick<TradingClientOptions, 'baseUrl' | 'apiKey' | 'secretKey'>) {}

  /** An unsigned GET, for public endpoints. */
  async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path, {});
  }

  /** Sends a request signed with the given timestamp; throws `HttpError` on a non-2xx answer. */
  async signed<T>(method: 'GET' | 'POST', path: string, request: SignedRequest): Promise<T> {
    const query = request.query === undefined ? '' : `?${new URLSearchParams(request.query).toString()}`;
    const body = request.body === undefined ? '' : JSON.stringify(request.body);
    const headers = {
      'X-CH-APIKEY': this.options.apiKey,
      'X-CH-TS': request.timestamp,
      'X-CH-SIGN': sign(this.options.secretKey, request.timestamp, method, path + query, body),
    };
    return this.send<T>(method, path + query, headers, body);
  }

  private async send<T>(method: string, requestPath: string, headers: Record<string, string>, body = ''): Promise<T> {
    const response = await fetch(this.options.baseUrl + requestPath, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === '' ? {} : { body }),
    });
    const text = await response.text();
    const data = parseJson(text);
    if (!response.ok) throw new HttpError(method, requestPath, response.status, response.headers, data);
    return data as T;
  }
}

/** Gateways answer HTML on some failures; keep such text as it is. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
