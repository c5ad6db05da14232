import { readFileSync } from 'node:fs';
// Types only: the modules are loaded from wherever `EXCHANGE_ERRORS_CLIENTS_DIR` says.
import type * as AxiosModule from 'axios';
import type createBinanceClient from 'binance-api-node';
import type * as BinanceApiNodeModule from 'binance-api-node';
import type * as CcxtModule from 'ccxt';
import type * as GotModule from 'got';
import type * as KyModule from 'ky';
import type * as SuperagentModule from 'superagent';
import type * as UndiciModule from 'undici';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the client packages come from: `EXCHANGE_ERRORS_CLIENTS_DIR` (a folder with its own `node_modules`, where
 * `scripts/test-node22.sh` installs the newest majors) first, then this package's devDependencies.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const resolvers = [process.env.EXCHANGE_ERRORS_CLIENTS_DIR, here]
  .filter((directory): directory is string => directory !== undefined && directory !== '')
  .map((directory) => createRequire(path.join(directory, 'package.json')));

function resolveEntry(name: string): string {
  for (const [index, resolver] of resolvers.entries()) {
    try {
      return resolver.resolve(name);
    } catch (error) {
      if (index === resolvers.length - 1) throw error;
    }
  }
  throw new Error(`no folder to resolve ${name} from`);
}

/** The entry point and version of an installed package. */
function locate(name: string): { readonly entry: string; readonly version: string } {
  const entry = resolveEntry(name);
  let directory = path.dirname(entry);
  while (!directory.endsWith(`${path.sep}node_modules${path.sep}${name}`)) directory = path.dirname(directory);
  const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { version: string };
  return { entry, version: manifest.version };
}

async function load<Module>(name: string): Promise<{ readonly module: Module; readonly version: string }> {
  const { entry, version } = locate(name);
  return { module: (await import(pathToFileURL(entry).href)) as Module, version };
}

/** One way to call the exchange: a package and the code a user writes with it. */
export interface Client {
  readonly name: string;
  /** `package@version` as installed. */
  readonly tested: string;
  /** Requests `/api/v3/ticker/24hr?symbol=XYZ` below `baseUrl` and settles the way the package settles. */
  readonly call: (baseUrl: string) => Promise<unknown>;
  /** Whether what the package throws keeps the HTTP status and headers. */
  readonly keepsHttp: boolean;
  /** What a 200 with an error body settles as: the client's response object, the parsed body, or a rejection. */
  readonly resolvesWith: 'response' | 'body' | 'rejects';
  /** Whether the body is only in an unread fetch `Response`, which only `readExchangeError` reads, when the call settles so. */
  readonly bodyOnlyInResponse: (settled: 'rejects' | 'resolves') => boolean;
  /** What the failure message of a matcher says about the 502 HTML page the package rejects with. */
  readonly describesBadGateway: RegExp;
}

const TICKER = '/api/v3/ticker/24hr?symbol=XYZ';

/** What a plain HTTP client does; an entry says only where it differs. */
const HTTP_CLIENT = {
  keepsHttp: true,
  resolvesWith: 'response',
  bodyOnlyInResponse: () => false,
} as const satisfies Partial<Client>;
type ClientEntry = Omit<Client, keyof typeof HTTP_CLIENT> & Partial<Client>;

type Axios = typeof AxiosModule;
type Got = typeof GotModule;
type Ky = typeof KyModule;
type Superagent = typeof SuperagentModule;
type Undici = typeof UndiciModule;
type Ccxt = typeof CcxtModule;
type BinanceApiNode = typeof BinanceApiNodeModule;

export async function loadClients(): Promise<readonly Client[]> {
  const [axios, got, ky, superagent, undici, ccxt, binanceApiNode] = await Promise.all([
    load<Axios>('axios'),
    load<Got>('got'),
    load<Ky>('ky'),
    load<Superagent>('superagent'),
    load<Undici>('undici'),
    load<Ccxt>('ccxt'),
    load<BinanceApiNode>('binance-api-node'),
  ]);
  const tested = (name: string, version: string) => `${name}@${version}`;
  const undiciAgent = new undici.module.Agent().compose(undici.module.interceptors.responseError());
  // binance-api-node is CommonJS with `exports.default`.
  // A ccxt exchange takes a while to construct: one per base URL, as an app keeps one.
  const ccxtExchanges = new Map<string, InstanceType<Ccxt['default']['binance']>>();
  const binanceAt = (baseUrl: string) => {
    const exchange =
      ccxtExchanges.get(baseUrl) ?? new ccxt.module.default.binance({ urls: { api: { public: `${baseUrl}/api/v3` } } });
    ccxtExchanges.set(baseUrl, exchange);
    return exchange;
  };
  const Binance = (binanceApiNode.module as unknown as { default: typeof createBinanceClient.default }).default;
  const clients: readonly ClientEntry[] = [
    {
      name: 'axios',
      tested: tested('axios', axios.version),
      call: (baseUrl) => axios.module.default.get(baseUrl + TICKER),
      describesBadGateway: /^an Error of class AxiosError .*; response\.data is text "<html>/,
    },
    {
      name: 'got (text body)',
      tested: tested('got', got.version),
      // got retries 429 and 5xx by default; a test that wants one answer per request turns that off.
      call: (baseUrl) => got.module.default(baseUrl + TICKER, { retry: { limit: 0 } }),
      describesBadGateway: /^an Error of class HTTPError .*; response\.body is text "<html>/,
    },
    {
      name: 'got (responseType json)',
      tested: tested('got', got.version),
      call: (baseUrl) => got.module.default(baseUrl + TICKER, { retry: { limit: 0 }, responseType: 'json' }),
      describesBadGateway: /^an Error of class HTTPError .*; response\.body is text "<html>/,
    },
    {
      name: 'ky',
      tested: tested('ky', ky.version),
      call: (baseUrl) => ky.module.default.get(baseUrl + TICKER, { retry: 0 }),
      describesBadGateway:
        /^an Error of class HTTPError .*; the body of its fetch Response holds no error payload(; data is text "<html>.*)?$/,
      // ky 1 keeps the body of an error only in its Response, ky 2 also in `data` (as the failure message shows); both
      // resolve with a Response.
      bodyOnlyInResponse: (settled) => settled === 'resolves' || Number(ky.version.split('.')[0]) < 2,
    },
    {
      name: 'superagent',
      tested: tested('superagent', superagent.version),
      call: (baseUrl) => (superagent.module as unknown as { default: Superagent }).default.get(baseUrl + TICKER),
      describesBadGateway: /^Error "Bad Gateway", .*; response\.text is text "<html>/,
    },
    {
      name: 'undici request + responseError interceptor',
      tested: tested('undici', undici.version),
      // A 2xx resolves with an unread stream; the caller reads the JSON, as undici's docs show.
      call: async (baseUrl) => {
        const { statusCode, headers, body } = await undici.module.request(baseUrl + TICKER, {
          dispatcher: undiciAgent,
        });
        return { statusCode, headers, body: await body.json() };
      },
      describesBadGateway: /^an Error of class ResponseError "Response Error", .*; body is /,
    },
    {
      name: 'fetch, wrapper with status and body',
      tested: `fetch (Node ${process.versions.node})`,
      call: async (baseUrl) => {
        const response = await fetch(baseUrl + TICKER);
        const body = await response.text();
        if (!response.ok) {
          throw Object.assign(new Error(`HTTP ${response.status}`), {
            status: response.status,
            headers: response.headers,
            body,
          });
        }
        return JSON.parse(body) as unknown;
      },
      resolvesWith: 'body',
      describesBadGateway: /^Error "HTTP 502", .*; body is text "<html>/,
    },
    {
      name: 'fetch, wrapper with the body in the message',
      tested: `fetch (Node ${process.versions.node})`,
      call: async (baseUrl) => {
        const response = await fetch(baseUrl + TICKER);
        const text = await response.text();
        if (!response.ok) throw new Error(`HTTP ${response.status}: ${text}`);
        return JSON.parse(text) as unknown;
      },
      keepsHttp: false,
      resolvesWith: 'body',
      describesBadGateway: /^Error "HTTP 502: <html>.*, which is not an exchange error$/,
    },
    {
      name: 'ccxt binance',
      tested: tested('ccxt', ccxt.version),
      // ccxt's implicit API method for GET /api/v3/ticker/24hr; `urls.api.public` is its base-URL option.
      call: (baseUrl) => binanceAt(baseUrl).publicGetTicker24hr({ symbol: 'XYZ' }),
      keepsHttp: false,
      resolvesWith: 'rejects',
      describesBadGateway:
        /^an Error of class ExchangeNotAvailable "binance GET .* 502 Bad Gateway <html>.*, which is not an exchange error$/,
    },
    {
      name: 'binance-api-node',
      tested: tested('binance-api-node', binanceApiNode.version),
      // `httpBase` is the SDK's base-URL option; it requests through node-fetch, its own HTTP stack.
      call: (baseUrl) => Binance({ httpBase: baseUrl }).dailyStats({ symbol: 'XYZ' }),
      keepsHttp: false,
      resolvesWith: 'body',
      describesBadGateway: /^Error "502 Bad Gateway <html>.*, which is not an exchange error$/,
    },
  ];
  return clients.map((client) => ({ ...HTTP_CLIENT, ...client }));
}
