import { errorDefinitions, ExchangeError, ExchangeErrorCode, getErrorDefinition } from '@exchange-errors/catalogue';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, DEFAULT_RATE_LIMIT_WAIT_MS, TradingClient } from '../src/after/trading-client.js';
import { clientOptions, limitBuy, useFakeExchange } from './harness.js';

const exchange = useFakeExchange();

function client(overrides: Parameters<typeof clientOptions>[1] = {}) {
  const { options, sleeps } = clientOptions(exchange(), overrides);
  return { client: new TradingClient(options), sleeps };
}

function routes(): string[] {
  return exchange().requests.map((request) => `${request.method} ${request.path}`);
}

describe('after/ client', () => {
  it('places, queries and cancels an order with requests the exchange accepts as signed', async () => {
    const { client: trader } = client();

    const placed = await trader.placeOrder(limitBuy);
    await expect(trader.queryOrder({ symbol: 'BTCUSDT', orderId: placed.orderId })).resolves.toEqual(placed);
    await expect(trader.cancelOrder('BTCUSDT', placed.orderId)).resolves.toMatchObject({ status: 'CANCELED' });

    expect(routes()).toEqual(['POST /sapi/v1/order', 'GET /sapi/v1/order', 'POST /sapi/v1/cancel']);
    expect(exchange().requests.map((request) => request.answeredCode)).toEqual([0, 0, 0]);
  });

  it('rejects a request signed with the wrong secret as INVALID_SIGNATURE, without retrying', async () => {
    const { client: trader } = client({ secretKey: 'not-the-secret' });

    await expect(trader.placeOrder(limitBuy)).rejects.toBeExchangeError('INVALID_SIGNATURE');
    expect(routes()).toEqual(['POST /sapi/v1/order']);
  });

  describe('reconcile', () => {
    it('after a TIMEOUT on placement, queries the order instead of placing it twice', async () => {
      exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.TIMEOUT, afterExecuting: true });
      const { client: trader, sleeps } = client();

      const placed = await trader.placeOrder(limitBuy);

      expect(exchange().orders).toEqual([placed]);
      expect(routes()).toEqual(['POST /sapi/v1/order', 'GET /sapi/v1/order']);
      const [placement, query] = exchange().requests;
      expect(placement?.answeredCode).toBe(ExchangeErrorCode.TIMEOUT);
      expect(query?.query.newClientOrderId).toBe(placement?.body.newClientOrderId);
      expect(sleeps).toEqual([]);
    });

    it.each(['UNKNOWN', 'UNEXPECTED_RESP', 'TIMEOUT'] as const)(
      'places again, under the same client order id, when a %s placement did not happen',
      async (name) => {
        exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode[name] });
        const { client: trader } = client();

        const placed = await trader.placeOrder(limitBuy);

        expect(exchange().orders).toEqual([placed]);
        expect(routes()).toEqual(['POST /sapi/v1/order', 'GET /sapi/v1/order', 'POST /sapi/v1/order']);
        const [first, , second] = exchange().requests;
        expect(second?.body.newClientOrderId).toBe(first?.body.newClientOrderId);
      },
    );

    it('reconciles a TIMEOUT even when no attempt is left', async () => {
      exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.TIMEOUT, afterExecuting: true });
      const { client: trader } = client({ maxAttempts: 1 });

      const placed = await trader.placeOrder(limitBuy);
      expect(exchange().orders).toEqual([placed]);
    });

    it('after a TIMEOUT on a cancel that went through, returns the canceled order without cancelling again', async () => {
      const { client: trader } = client();
      const placed = await trader.placeOrder(limitBuy);
      exchange().failNext('POST /sapi/v1/cancel', { code: ExchangeErrorCode.TIMEOUT, afterExecuting: true });

      await expect(trader.cancelOrder('BTCUSDT', placed.orderId)).resolves.toMatchObject({ status: 'CANCELED' });
      expect(routes()).toEqual(['POST /sapi/v1/order', 'POST /sapi/v1/cancel', 'GET /sapi/v1/order']);
    });
  });

  describe('resync-clock', () => {
    it('on INVALID_TIMESTAMP, fetches the server time and sends the request again, re-signed', async () => {
      exchange().now = () => Date.now() + 60_000;
      const { client: trader } = client();

      await expect(trader.placeOrder(limitBuy)).resolves.toMatchObject({ symbol: 'BTCUSDT' });

      expect(routes()).toEqual(['POST /sapi/v1/order', 'GET /sapi/v1/time', 'POST /sapi/v1/order']);
      const [rejected, , accepted] = exchange().requests;
      expect(rejected?.answeredCode).toBe(ExchangeErrorCode.INVALID_TIMESTAMP);
      expect(accepted?.answeredCode).toBe(0);
      expect(Number(accepted?.timestamp) - Number(rejected?.timestamp)).toBeGreaterThan(55_000);
      expect(accepted?.signature).not.toBe(rejected?.signature);
    });

    it.each(getErrorDefinition('INVALID_TIMESTAMP')?.messages ?? [])(
      'resyncs whatever the message says: %s',
      async (msg) => {
        exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.INVALID_TIMESTAMP, msg });
        const { client: trader } = client();

        await trader.placeOrder(limitBuy);
        expect(routes()).toEqual(['POST /sapi/v1/order', 'GET /sapi/v1/time', 'POST /sapi/v1/order']);
      },
    );
  });

  describe('rate-limit', () => {
    it.each(['TOO_MANY_REQUESTS', 'TOO_MANY_ORDERS'] as const)(
      'on %s, waits as long as Retry-After says',
      async (name) => {
        exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode[name], retryAfterSeconds: 3 });
        const { client: trader, sleeps } = client();

        await trader.placeOrder(limitBuy);

        expect(sleeps).toEqual([3000]);
        expect(exchange().orders).toHaveLength(1);
      },
    );

    it('waits a default time when there is no Retry-After header', async () => {
      exchange().failNext('POST /sapi/v1/order', { code: ExchangeErrorCode.TOO_MANY_REQUESTS });
      const { client: trader, sleeps } = client();

      await trader.placeOrder(limitBuy);
      expect(sleeps).toEqual([DEFAULT_RATE_LIMIT_WAIT_MS]);
    });
  });

  describe('backoff', () => {
    it('on DISCONNECTED, backs off exponentially with jitter', async () => {
      const disconnected = { code: ExchangeErrorCode.DISCONNECTED };
      exchange().failNext('POST /sapi/v1/order', disconnected, disconnected);
      const { client: trader, sleeps } = client();

      await trader.placeOrder(limitBuy);

      expect(sleeps).toHaveLength(2);
      const [first = 0, second = 0] = sleeps;
      expect(first).toBeGreaterThanOrEqual(BACKOFF_BASE_MS / 2);
      expect(first).toBeLessThanOrEqual(BACKOFF_BASE_MS);
      expect(second).toBeGreaterThanOrEqual(BACKOFF_BASE_MS);
      expect(second).toBeLessThanOrEqual(BACKOFF_BASE_MS * 2);
    });

    it('gives up after maxAttempts with the retryable error', async () => {
      const disconnected = { code: ExchangeErrorCode.DISCONNECTED };
      exchange().failNext('POST /sapi/v1/order', disconnected, disconnected, disconnected, disconnected);
      const { client: trader, sleeps } = client({ maxAttempts: 3 });

      const placement = trader.placeOrder(limitBuy);

      await expect(placement).rejects.toBeRetryableExchangeError('backoff');
      await expect(placement).rejects.toBeExchangeError('DISCONNECTED');
      expect(routes()).toEqual(['POST /sapi/v1/order', 'POST /sapi/v1/order', 'POST /sapi/v1/order']);
      expect(sleeps).toHaveLength(2);
    });
  });

  describe('errors a retry cannot fix', () => {
    it('rejects BAD_SYMBOL at once', async () => {
      const { client: trader, sleeps } = client();

      const placement = trader.placeOrder({ ...limitBuy, symbol: 'NOSUCHCOIN' });

      await expect(placement).rejects.toBeExchangeError('BAD_SYMBOL');
      await expect(placement).rejects.not.toBeRetryableExchangeError();
      await expect(placement).rejects.toBeInstanceOf(ExchangeError);
      expect(routes()).toEqual(['POST /sapi/v1/order']);
      expect(sleeps).toEqual([]);
    });

    it('rejects BALANCE_NOT_ENOUGH at once, with the message the exchange sent', async () => {
      exchange().quoteBalance = 100;
      const { client: trader } = client();

      await expect(trader.placeOrder(limitBuy)).rejects.toThrowExchangeError({
        name: 'BALANCE_NOT_ENOUGH',
        message: 'Insufficient balance',
      });
      expect(routes()).toEqual(['POST /sapi/v1/order']);
      expect(exchange().orders).toEqual([]);
    });

    it('answers undefined for an order the exchange does not know', async () => {
      const { client: trader } = client();

      await expect(trader.queryOrder({ symbol: 'BTCUSDT', orderId: '404' })).resolves.toBeUndefined();
      expect(exchange().requests.map((request) => request.answeredCode)).toEqual([ExchangeErrorCode.NO_SUCH_ORDER]);
    });
  });

  it.each(errorDefinitions.filter((definition) => definition.retry !== 'none'))(
    'recovers from $name ($code, $retry) and places exactly one order',
    async ({ code }) => {
      exchange().failNext('POST /sapi/v1/order', { code });
      const { client: trader } = client();

      await expect(trader.placeOrder(limitBuy)).resolves.toMatchObject({ symbol: 'BTCUSDT' });
      expect(exchange().orders).toHaveLength(1);
    },
  );
});
