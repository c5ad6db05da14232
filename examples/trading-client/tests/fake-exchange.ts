// A local stand-in for the exchange's REST API: it checks keys, signatures and timestamps like the
// real one, keeps orders, and answers with the catalogue's own error payloads when a test scripts a failure.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExchangeErrorCode, getErrorDefinition, retryPolicyOf } from '@exchange-errors/catalogue';
import type { Order, OrderSide, OrderType } from '../src/exchange-api.js';

export const API_KEY = 'test-api-key';
export const SECRET_KEY = 'test-secret-key';
export const SYMBOLS = ['BTCUSDT', 'ETHUSDT'];
/** How far a request's X-CH-TS may be from the exchange's clock. */
export const RECV_WINDOW_MS = 5000;

export interface ScriptedFailure {
  readonly code: number;
  /** Defaults to the catalogue's first message variant for the code. */
  readonly msg?: string;
  /** Defaults to 429 for rate limits, 503 for other retryable codes, 400 otherwise. */
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  /** Carry the request out before failing, as a backend that times out after executing does. */
  readonly afterExecuting?: boolean;
}

export interface ReceivedRequest {
  readonly method: string;
  /** The path without its query string, e.g. `/sapi/v1/order`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, string>>;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  /** The code the exchange answered with, 0 for success. */
  readonly answeredCode: number;
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export class FakeExchange {
  readonly requests: ReceivedRequest[] = [];
  readonly orders: Order[] = [];
  /** The exchange's clock; tests move it to skew the client's clock against it. */
  now: () => number = Date.now;
  /** The funds a BUY may spend, in quote currency. */
  quoteBalance = 1_000_000;
  private readonly failures = new Map<string, ScriptedFailure[]>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeExchange> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const exchange = new FakeExchange(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => void exchange.handle(request, response));
    return exchange;
  }

  /** The next calls of `METHOD path` fail with these payloads, one call each, in order. */
  failNext(route: `${'GET' | 'POST'} ${string}`, ...failures: ScriptedFailure[]): void {
    this.failures.set(route, [...(this.failures.get(route) ?? []), ...failures]);
  }

  requestsTo(route: `${'GET' | 'POST'} ${string}`): ReceivedRequest[] {
    return this.requests.filter((request) => `${request.method} ${request.path}` === route);
  }

  reset(): void {
    this.requests.length = 0;
    this.orders.length = 0;
    this.failures.clear();
    this.now = Date.now;
    this.quoteBalance = 1_000_000;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const rawBody = await readBody(request);
    const method = request.method ?? 'GET';
    const body = rawBody === '' ? {} : (JSON.parse(rawBody) as Record<string, string>);
    const reply = this.answer(method, url, rawBody, body, request.headers);
    const answeredCode = isErrorBody(reply.body) ? reply.body.code : 0;
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      timestamp: header(request.headers, 'x-ch-ts'),
      signature: header(request.headers, 'x-ch-sign'),
      answeredCode,
    });
    response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
    response.end(JSON.stringify(reply.body));
  }

  private answer(
    method: string,
    url: URL,
    rawBody: string,
    body: Record<string, string>,
    headers: IncomingMessage['headers'],
  ): Reply {
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /sapi/v1/time') return { status: 200, body: { timezone: 'UTC', serverTime: this.now() } };
    const rejection = this.authenticate(method, url, rawBody, headers);
    if (rejection !== undefined) return rejection;
    const failure = this.failures.get(route)?.shift();
    if (failure === undefined) return this.execute(route, url.searchParams, body);
    if (failure.afterExecuting === true) this.execute(route, url.searchParams, body);
    return failureReply(failure);
  }

  private authenticate(
    method: string,
    url: URL,
    rawBody: string,
    headers: IncomingMessage['headers'],
  ): Reply | undefined {
    const timestamp = header(headers, 'x-ch-ts');
    const signature = header(headers, 'x-ch-sign');
    if (header(headers, 'x-ch-apikey') !== API_KEY) return errorReply(ExchangeErrorCode.REJECTED_CH_KEY, 401);
    if (timestamp === undefined) return errorReply(ExchangeErrorCode.UNTIMESTAMP, 401);
    if (signature === undefined) return errorReply(ExchangeErrorCode.UNSIGNATURE, 401);
    // Computed here from the documented recipe, not with the client's code, so a signing bug cannot hide.
    const expected = createHmac('sha256', SECRET_KEY)
      .update(timestamp + method + url.pathname + url.search + rawBody)
      .digest('hex');
    if (signature !== expected) return errorReply(ExchangeErrorCode.INVALID_SIGNATURE, 401);
    if (Math.abs(Number(timestamp) - this.now()) > RECV_WINDOW_MS) {
      return errorReply(ExchangeErrorCode.INVALID_TIMESTAMP, 400);
    }
    return undefined;
  }

  private execute(route: string, query: URLSearchParams, body: Record<string, string>): Reply {
    switch (route) {
      case 'POST /sapi/v1/order':
        return this.placeOrder(body);
      case 'GET /sapi/v1/order': {
        const order = this.findOrder(query.get('orderId'), query.get('newClientOrderId'));
        return order === undefined ? errorReply(ExchangeErrorCode.NO_SUCH_ORDER, 400) : { status: 200, body: order };
      }
      case 'POST /sapi/v1/cancel':
        return this.cancelOrder(body);
      default:
        return errorReply(ExchangeErrorCode.UNSUPPORTED_OPERATION, 404);
    }
  }

  private placeOrder(body: Record<string, string>): Reply {
    const { symbol = '', side, type, volume = '', price = '0', newClientOrderId } = body;
    if (!SYMBOLS.includes(symbol)) return errorReply(ExchangeErrorCode.BAD_SYMBOL, 400);
    if (side === 'BUY' && Number(price) * Number(volume) > this.quoteBalance) {
      return errorReply(ExchangeErrorCode.BALANCE_NOT_ENOUGH, 400);
    }
    const order: Order = {
      orderId: String(this.orders.length + 1),
      clientOrderId: newClientOrderId ?? '',
      symbol,
      side: side as OrderSide,
      type: type as OrderType,
      price,
      origQty: volume,
      executedQty: '0',
      status: 'NEW',
      transactTime: this.now(),
    };
    this.orders.push(order);
    return { status: 200, body: order };
  }

  private cancelOrder(body: Record<string, string>): Reply {
    const index = this.orders.findIndex((order) => order.orderId === body.orderId && order.symbol === body.symbol);
    const order = this.orders[index];
    if (order === undefined) return errorReply(ExchangeErrorCode.NO_SUCH_ORDER, 400);
    const canceled: Order = { ...order, status: 'CANCELED' };
    this.orders[index] = canceled;
    return { status: 200, body: canceled };
  }

  private findOrder(orderId: string | null, clientOrderId: string | null): Order | undefined {
    return this.orders.find((order) =>
      orderId === null ? order.clientOrderId === clientOrderId : order.orderId === orderId,
    );
  }
}

function failureReply(failure: ScriptedFailure): Reply {
  const policy = retryPolicyOf(failure.code);
  const status = failure.status ?? (policy === 'rate-limit' ? 429 : policy === 'none' ? 400 : 503);
  return {
    ...errorReply(failure.code, status, failure.msg),
    ...(failure.retryAfterSeconds === undefined
      ? {}
      : { headers: { 'Retry-After': String(failure.retryAfterSeconds) } }),
  };
}

function errorReply(code: number, status: number, msg = getErrorDefinition(code)?.messages[0] ?? ''): Reply {
  return { status, body: { code, msg } };
}

function isErrorBody(body: unknown): body is { code: number } {
  return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'number';
}

function header(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
