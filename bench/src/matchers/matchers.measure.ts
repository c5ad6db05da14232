/**
 * Runs inside a real Vitest process (see run-matchers.bench.ts): times `toBeExchangeError` against
 * `toMatchObject({ code })` on the same payloads, passing and failing, and writes the figures as JSON.
 */
import { Bench } from 'tinybench';
import { expect, test } from 'vitest';
import '@exchange-errors/matchers/vitest';
import { ExchangeError, ExchangeErrorCode } from '@exchange-errors/catalogue';
import type { ExchangeErrorAssertions } from '@exchange-errors/matchers';
import { writeFileCreatingFolders } from '../lib/write-file.js';

/**
 * The cheapest custom matcher doing the same check as `toMatchObject({ code })`: what any `expect.extend`
 * matcher costs in Vitest, so the report can tell that floor from the matchers' own work.
 */
function toHaveCodeMinimal(this: unknown, received: unknown, code: number) {
  const pass = typeof received === 'object' && received !== null && (received as { code?: unknown }).code === code;
  return { pass, message: () => `expected code ${code}` };
}
expect.extend({ toHaveCodeMinimal });

/*
 * pnpm may give the matchers package and this one different copies of vitest (peer variants), and the matchers'
 * own augmentation then types the other copy; repeating it here is harmless when the copies are the same.
 */
declare module 'vitest' {
  interface Matchers extends ExchangeErrorAssertions {
    toHaveCodeMinimal(code: number): void;
  }
}

export interface MatcherMeasurement {
  /** Mean nanoseconds per assertion, one value per run. */
  readonly [caseName: string]: number[];
}

const runs = Number(process.env.MATCHERS_BENCH_RUNS);
const resultFile = process.env.MATCHERS_BENCH_RESULT_FILE;

const payloads = {
  'API payload': { code: ExchangeErrorCode.BAD_SYMBOL, msg: 'Invalid symbol.' },
  ExchangeError: new ExchangeError(ExchangeErrorCode.BAD_SYMBOL),
};
const expectedCode = ExchangeErrorCode.BAD_SYMBOL;
const otherCode = ExchangeErrorCode.NO_SUCH_ORDER;

/** A failing assertion throws; the cost of building and catching that error is part of the fail path. */
function failing(assertion: () => void): () => void {
  return () => {
    try {
      assertion();
    } catch {
      return;
    }
    throw new Error('bench: an assertion expected to fail passed');
  };
}

function cases(): [name: string, run: () => void][] {
  return Object.entries(payloads).flatMap(([label, payload]): [string, () => void][] => [
    [`pass|${label}|toBeExchangeError`, () => expect(payload).toBeExchangeError(expectedCode)],
    [`pass|${label}|toMatchObject`, () => expect(payload).toMatchObject({ code: expectedCode })],
    [`fail|${label}|toBeExchangeError`, failing(() => expect(payload).toBeExchangeError(otherCode))],
    [`fail|${label}|toMatchObject`, failing(() => expect(payload).toMatchObject({ code: otherCode }))],
    [`pass|${label}|toHaveCodeMinimal`, () => expect(payload).toHaveCodeMinimal(expectedCode)],
    [`fail|${label}|toHaveCodeMinimal`, failing(() => expect(payload).toHaveCodeMinimal(otherCode))],
  ]);
}

test('matcher cost per assertion', async () => {
  if (!Number.isInteger(runs) || resultFile === undefined)
    throw new Error('set MATCHERS_BENCH_RUNS and MATCHERS_BENCH_RESULT_FILE');
  const measurement: Record<string, number[]> = {};
  for (let run = 0; run < runs; run += 1) {
    const bench = new Bench({ time: 250, warmup: true });
    for (const [name, fn] of cases()) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result.state !== 'completed') throw new Error(`matcher benchmark ${task.name} did not complete`);
      (measurement[task.name] ??= []).push(task.result.latency.mean * 1e6);
    }
  }
  writeFileCreatingFolders(resultFile, JSON.stringify(measurement satisfies MatcherMeasurement));
});
