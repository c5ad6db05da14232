// ESLint's --concurrency and --cache with the plugin: the real CLI over the example reports what a plain run reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { eslintJsonFindings } from '../lib/findings.js';

const exampleDir = fileURLToPath(new URL('../../examples/trading-client', import.meta.url));
const configFile = fileURLToPath(new URL('fixtures/eslint.config.mjs', import.meta.url));
const eslintBin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'eslint-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function findings(args: readonly string[]): string[] {
  const result = spawnSync(process.execPath, [eslintBin, '--config', configFile, '--format', 'json', ...args, 'src'], {
    cwd: exampleDir,
    encoding: 'utf8',
    env: { ...process.env, EXCHANGE_ERRORS_CONFIG: 'recommended' },
  });
  return eslintJsonFindings(result.stdout, exampleDir);
}

const plain = findings([]);

it('the plain run has findings to compare', () => {
  expect(plain.length).toBeGreaterThan(0);
});

it('--concurrency 2 (worker threads, each loading the plugin) gives the findings of a plain run', () => {
  expect(findings(['--concurrency', '2'])).toEqual(plain);
});

it('--cache gives the findings of a plain run, and a second run from the cache gives them again', () => {
  const cacheFile = join(cacheDir, '.eslintcache');
  expect(findings(['--cache', '--cache-location', cacheFile])).toEqual(plain);
  const cache = readFileSync(cacheFile, 'utf8');
  for (const file of ['src/before/trading-client.ts', 'src/after/trading-client.ts'])
    expect(cache).toContain(join(exampleDir, file));
  expect(findings(['--cache', '--cache-location', cacheFile])).toEqual(plain);
});
