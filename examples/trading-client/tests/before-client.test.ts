// The bugs of the usual client, each of which after/ fixes (see after-client.test.ts).
import { ExchangeErrorCode } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { TradingClient } from '../src/before/trading-client.js';
import { clientOptions, limitBuy, useFakeExchange } from './harness.js';

const exchange = useFakeExchange();

function client(overrides: Parameters<typeof clientOptions>[1] = {}) {
  const { options, sleeps } = clientOptions(exchange(), overrides);
  return { client: new TradingClient(options), sleeps };
}

describe('before/ client', () => {
  it('places, queries and cancels an order when nothing fails', async () => {
    const { client: trader } = client();

    const placed = await trader.placeOrder(limitBuy);
    await expect(trader.queryOrder({ symbol: 'BTCUSDT', orderId: placed.orderId })).resolves.toEqual(placed);
    await expect(trader.cancelOrder('BTCUSDT', placed.orderId)).resolves.toMatchObject({ status: 'CANCELED' });
  });

  it('BUG: retries a placement that timed out after executing, and so places the order twice', async () => {
    exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.TIMEOUT, afterExecuting: true });
    const { client: trader } = client();

    await trader.placeOrder(limitBuy);

    expect(exchange().orders).toHaveLength(2);
    expect(exchange().requestsTo('GET /sapi/v1/order')).toEqual([]);
  });

  it('BUG: retries INVALID_TIMESTAMP with the same skewed clock until it gives up', async () => {
    exchange().now = () => Date.now() + 60_000;
    const { client: trader } = client({ maxAttempts: 3 });

    await expect(trader.placeOrder(limitBuy)).rejects.toBeExchangeError('INVALID_TIMESTAMP');
    expect(exchange().requestsTo('POST /sapi/v1/order')).toHaveLength(3);
    expect(exchange().requestsTo('GET /sapi/v1/time')).toEqual([]);
  });

  it('BUG: ignores Retry-After', async () => {
    exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: 3 });
    const { client: trader, sleeps } = client();

    await trader.placeOrder(limitBuy);
    expect(sleeps).toEqual([1000]);
  });

  it('BUG: replaces BAD_SYMBOL with an error that has lost its code', async () => {
    const { client: trader } = client();

    const placement = trader.placeOrder({ ...limitBuy, symbol: 'NOSUCHCOIN' });

    await expect(placement).rejects.toThrow('Unknown symbol NOSUCHCOIN');
    await expect(placement).rejects.not.toBeExchangeError();
  });

  it('BUG: checks a mistyped code (-2061), so a frozen account is never recognised', async () => {
    exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.EXCHANGE_LOCK });
    const { client: trader } = client();

    const placement = trader.placeOrder(limitBuy);

    await expect(placement).rejects.not.toThrow('Trading is frozen for this account');
    await expect(placement).rejects.toBeExchangeError('EXCHANGE_LOCK');
  });
});
