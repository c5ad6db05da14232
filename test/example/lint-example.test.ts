// The ESLint CLI over the example client, as a user runs it: exact findings per exported config, and --fix.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const exampleDir = fileURLToPath(new URL('../../examples/trading-client', import.meta.url));
const configFile = fileURLToPath(new URL('fixtures/eslint.config.mjs', import.meta.url));
const eslintBin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
const tscBin = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const beforeFile = 'src/before/trading-client.ts';

interface Finding {
  readonly ruleId: string | null;
  readonly line: number;
}

function eslint(cwd: string, config: string, args: readonly string[]) {
  return spawnSync(process.execPath, [eslintBin, '--config', configFile, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EXCHANGE_ERRORS_CONFIG: config },
  });
}

function findings(cwd: string, config: string, target: string): string[] {
  const result = eslint(cwd, config, ['--format', 'json', target]);
  const reports = JSON.parse(result.stdout) as { messages: Finding[] }[];
  return reports.flatMap((report) => report.messages.map(({ ruleId, line }) => `${line} ${ruleId}`));
}

const magic = (line: number) => `${line} @exchange-errors/no-magic-error-codes`;
const retryList = Array.from({ length: 7 }, () => magic(20));
const recommendedFindings = [
  // RETRY_ERRORS retries TIMEOUT and the other reconcile codes like DISCONNECTED: the order is placed twice.
  '20 @exchange-errors/no-blind-retry',
  ...retryList,
  magic(55),
  '79 @exchange-errors/no-error-message-comparison',
  '80 @exchange-errors/no-error-message-comparison',
  '87 @exchange-errors/exhaustive-retryable-switch',
  magic(88),
  magic(90),
  magic(92),
];

it.each(['recommended', 'recommended-type-checked'])('%s reports exactly the known problems of before/', (config) => {
  expect(findings(exampleDir, config, beforeFile)).toEqual(recommendedFindings);
});

it('strict also reports the mistyped code of before/, which does not use the catalogue', () => {
  const unknownCode = '82 @exchange-errors/no-unknown-error-code';
  expect(findings(exampleDir, 'strict', beforeFile)).toEqual(
    [...recommendedFindings, unknownCode].sort((a, b) => Number.parseInt(a) - Number.parseInt(b)),
  );
});

it.each(['recommended', 'recommended-type-checked'])('%s finds nothing in after/', (config) => {
  expect(findings(exampleDir, config, 'src/after')).toEqual([]);
});

it('strict requires every catalogue code, also in the retry switch of after/', () => {
  expect(findings(exampleDir, 'strict', 'src/after')).toEqual(['111 @exchange-errors/exhaustive-retryable-switch']);
});

describe('eslint --fix on a copy of before/', () => {
  // Inside the example, so `@exchange-errors/catalogue` resolves from its node_modules as in a real project.
  const copyDir = mkdtempSync(join(exampleDir, '.fix-'));
  cpSync(join(exampleDir, 'src'), join(copyDir, 'src'), { recursive: true });
  writeFileSync(join(copyDir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['src'] }));
  afterAll(() => rmSync(copyDir, { recursive: true, force: true }));

  it('leaves no magic error code behind, and a second --fix changes nothing', () => {
    eslint(copyDir, 'recommended-type-checked', ['--fix', beforeFile]);
    const fixedOnce = readFileSync(join(copyDir, beforeFile), 'utf8');
    expect(fixedOnce).toContain("import { ExchangeErrorCode } from '@exchange-errors/catalogue';");
    expect(
      findings(copyDir, 'recommended-type-checked', beforeFile).filter((finding) =>
        finding.includes('no-magic-error-codes'),
      ),
    ).toEqual([]);

    eslint(copyDir, 'recommended-type-checked', ['--fix', beforeFile]);
    expect(readFileSync(join(copyDir, beforeFile), 'utf8')).toBe(fixedOnce);
  });

  it('produces code that type-checks', () => {
    const result = spawnSync(process.execPath, [tscBin, '--noEmit', '-p', 'tsconfig.json'], {
      cwd: copyDir,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
