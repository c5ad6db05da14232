import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { TradingClientOptions } from '../src/exchange-api.js';
import { API_KEY, FakeExchange, SECRET_KEY } from './fake-exchange.js';

/** Starts one fake exchange for the file and clears its orders, requests and scripts before each test. */
export function useFakeExchange(): () => FakeExchange {
  let exchange: FakeExchange | undefined;
  beforeAll(async () => {
    exchange = await FakeExchange.start();
  });
  afterAll(async () => {
    await exchange?.close();
  });
  beforeEach(() => exchange?.reset());
  return () => {
    if (exchange === undefined) throw new Error('The fake exchange is not running yet.');
    return exchange;
  };
}

/** Client options against `exchange`, with a sleep that records the delays instead of waiting. */
export function clientOptions(
  exchange: FakeExchange,
  overrides: Partial<TradingClientOptions> = {},
): { options: TradingClientOptions; sleeps: number[] } {
  const sleeps: number[] = [];
  const options: TradingClientOptions = {
    baseUrl: exchange.baseUrl,
    apiKey: API_KEY,
    secretKey: SECRET_KEY,
    maxAttempts: 3,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  };
  return { options, sleeps };
}

export const limitBuy = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', volume: '0.01', price: '60000' } as const;
