// The example's second exchange: its generated catalogue module is current with its page, and the ESLint CLI
// reports and fixes the Heron client by that catalogue, leaving a client that still runs.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const siblingDir = fileURLToPath(new URL('../../examples/trading-client/sibling-exchange', import.meta.url));
const eslintBin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
const importBin = fileURLToPath(new URL('../../packages/catalogue/dist/cli.js', import.meta.url));

const run = (args: readonly string[]) => spawnSync(process.execPath, args, { cwd: siblingDir, encoding: 'utf8' });

it('keeps heron-errors.mjs current with errors.md (exchange-errors import --check)', () => {
  const check = run([importBin, 'import', 'errors.md', '--out', 'heron-errors.mjs', '--check']);
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

it("reports the Heron client's codes by Heron's catalogue, and --fix gives them Heron's names", async () => {
  const result = run([
    eslintBin,
    '--config',
    'heron.eslint.config.mjs',
    '--format',
    'json',
    '--fix-dry-run',
    'client.mjs',
  ]);
  const [report] = JSON.parse(result.stdout) as {
    messages: { line: number; column: number; ruleId: string; message: string }[];
    output: string;
  }[];
  // What --fix leaves, a line lower for the added import: the early returns over `err.code`, which miss Heron's
  // retryable -1021, and the unknown code.
  expect(report?.messages.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
    '9:9 This chain of tests of one exchange error code has no branch for the retryable STALE_REQUEST (-1021).',
    '12:22 -1121 is not an error code of the catalogue; did you mean STALE_REQUEST (-1021)?',
  ]);
  expect(report?.output).toContain("import { ExchangeErrorCode } from './heron-errors.mjs';");
  expect(report?.output).toContain('if (err.code === ExchangeErrorCode.NO_TRADING_WINDOW) return');
  expect(report?.output).toContain(
    'if (err.code === ExchangeErrorCode.WEIGHT_EXCEEDED || err.code === ExchangeErrorCode.ENGINE_OVERLOADED) return',
  );

  // The fixed client beside the generated module, so its import resolves as the original's would.
  const fixedFile = join(siblingDir, '.fixed-client.test.mjs');
  writeFileSync(fixedFile, report?.output ?? '');
  try {
    const { placeOrder } = (await import(fixedFile)) as {
      placeOrder: (send: () => Promise<never>, order: object) => Promise<{ status: string }>;
    };
    const statuses = [];
    for (const code of [-2016, -1003, -1008, -1121]) {
      statuses.push((await placeOrder(() => Promise.reject(Object.assign(new Error('refused'), { code })), {})).status);
    }
    expect(statuses).toEqual(['wait-for-window', 'retry-later', 'retry-later', 'bad-symbol']);
  } finally {
    rmSync(fixedFile, { force: true });
  }
});
