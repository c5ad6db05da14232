import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of the fake exchange: what a real one sends for a request that goes wrong. */
export interface ExchangeReply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const json = 'application/json;charset=UTF-8';
const badSymbolBody = '{"code":-1121,"msg":"Invalid symbol."}';

/** The answers by path; every client under test asks for `/api/v3/ticker/24hr` below one of these prefixes. */
export const replies = {
  'bad-symbol': { status: 400, contentType: json, body: badSymbolBody },
  'error-on-200': { status: 200, contentType: json, body: badSymbolBody },
  'string-code': { status: 400, contentType: json, body: '{"code":"-1121","msg":"Invalid symbol."}' },
  'rate-limited': {
    status: 429,
    contentType: json,
    headers: { 'retry-after': '7' },
    body: '{"code":-1003,"msg":"Requests exceed the limit too frequently."}',
  },
  'gateway-timeout': {
    status: 504,
    contentType: json,
    body: '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}',
  },
  'bad-gateway': {
    status: 502,
    contentType: 'text/html',
    body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
  },
  'json-as-text': { status: 400, contentType: 'text/plain', body: badSymbolBody },
} as const satisfies Record<string, ExchangeReply>;

export type ReplyName = keyof typeof replies;

export interface FakeExchange {
  /** `http://127.0.0.1:<port>/<reply name>` answers with that reply under any path. */
  readonly url: (reply: ReplyName) => string;
  readonly close: () => Promise<void>;
}

/**
 * Starts the fake exchange on 127.0.0.1 and a random port. It answers at most `maxRequests` requests and then
 * closes every connection with 503, so a client that retries on its own cannot keep a test running.
 */
export async function startFakeExchange(maxRequests: number): Promise<FakeExchange> {
  let served = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    served += 1;
    const name = request.url?.split('/')[1] as ReplyName | undefined;
    const reply: ExchangeReply | undefined = name === undefined ? undefined : replies[name];
    if (served > maxRequests || reply === undefined) {
      response.writeHead(served > maxRequests ? 503 : 404, { connection: 'close' }).end();
      return;
    }
    response
      .writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers })
      .end(request.method === 'HEAD' ? undefined : reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (reply) => `http://127.0.0.1:${port}/${reply}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
