// Installs the packed tarballs into projects outside the workspace, as users get them, and uses them there.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packTarballs, run, runOk } from './packages.js';

const fixture = fileURLToPath(new URL('fixture', import.meta.url));
const packageNames = ['catalogue', 'eslint-plugin', 'matchers'];
const versions = { eslint9: '9.39.5', eslint10: '10.15.0', vitest: '4.1.12', jest: '30.5.2' };

const workDir = mkdtempSync(join(tmpdir(), 'exchange-errors-consumer-'));

function createProject(name: string, dependencies: Record<string, string>): string {
  const dir = join(workDir, name);
  cpSync(fixture, dir, { recursive: true });
  const manifest = {
    name: `consumer-${name}`,
    private: true,
    type: 'module',
    dependencies,
    jest: { testMatch: ['**/*.jest.test.cjs'], transform: {} },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  runOk(dir, 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
  return dir;
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly line: number;
}

function lint(dir: string, configFile: string) {
  const result = run(dir, join(dir, 'node_modules/.bin/eslint'), [
    '--config',
    configFile,
    '--format',
    'json',
    'src/client.js',
  ]);
  const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return { status: result.status, findings: (report?.messages ?? []).map(({ ruleId, line }) => `${line} ${ruleId}`) };
}

const expectedFindings = [
  '2 @exchange-errors/no-magic-error-codes',
  '6 @exchange-errors/exhaustive-retryable-switch',
  '7 @exchange-errors/no-magic-error-codes',
  '9 @exchange-errors/no-magic-error-codes',
];

let tarballs: Record<string, string>;
beforeAll(() => {
  tarballs = packTarballs(join(workDir, 'tarballs'), packageNames);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const testRunners = { vitest: versions.vitest, jest: versions.jest, '@jest/globals': versions.jest };
const projects = {
  eslint10: () => createProject('eslint10', { ...tarballs, eslint: versions.eslint10, ...testRunners }),
  eslint9: () => createProject('eslint9', { ...tarballs, eslint: versions.eslint9 }),
};
const projectDirs: Partial<Record<keyof typeof projects, string>> = {};

describe.each([
  ['ESLint 10', versions.eslint10, 'eslint10'],
  ['ESLint 9', versions.eslint9, 'eslint9'],
] as const)('a project with %s', (_, eslintVersion, project) => {
  let dir: string;
  beforeAll(() => {
    dir = projects[project]();
    projectDirs[project] = dir;
  });

  it(`runs ESLint ${eslintVersion}`, () => {
    expect(runOk(dir, join(dir, 'node_modules/.bin/eslint'), ['--version']).stdout.trim()).toBe(`v${eslintVersion}`);
  });

  it.each(['eslint.config.js', 'eslint.config.cjs'])('lints with the recommended config from %s', (configFile) => {
    expect(lint(dir, configFile)).toEqual({ status: 1, findings: expectedFindings });
  });

  it('loads every package with require() and import', () => {
    const loaded = JSON.parse(runOk(dir, 'node', ['load-every-package.cjs']).stdout) as Record<
      string,
      { require: string[]; import: string[] }
    >;
    expect(loaded['@exchange-errors/catalogue']?.require).toEqual(
      expect.arrayContaining(['ExchangeErrorCode', 'parseExchangeError']),
    );
    expect(loaded['@exchange-errors/catalogue']?.import).toEqual(loaded['@exchange-errors/catalogue']?.require);
    expect(loaded['@exchange-errors/eslint-plugin']?.require).toEqual(['configs', 'meta', 'rules']);
    expect(loaded['@exchange-errors/eslint-plugin']?.import).toEqual(expect.arrayContaining(['default']));
    expect(loaded['@exchange-errors/matchers']?.require).toEqual(
      expect.arrayContaining(['createMatchers', 'toBeExchangeError']),
    );
  });
});

describe('the ESLint 10 project, with Vitest 4 and Jest 30', () => {
  const dir = () => projectDirs.eslint10 ?? projects.eslint10();

  it('runs a Vitest test that uses the matchers', () => {
    const result = run(dir(), join(dir(), 'node_modules/.bin/vitest'), ['run', 'tests/matchers.vitest.test.js']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+3 passed \(3\)/);
  });

  it('imports an error page with the installed exchange-errors bin, and lints by the imported catalogue object', () => {
    const imported = runOk(dir(), join(dir(), 'node_modules/.bin/exchange-errors'), [
      'import',
      'exchange-b-errors.md',
      '--out',
      'src/exchange-b-errors.js',
    ]);
    expect(imported.stdout).toMatch(/-5001 VENUE_HALTED +backoff \("try again" in the message\)/);
    const result = run(dir(), join(dir(), 'node_modules/.bin/eslint'), [
      '--config',
      'exchange-b.eslint.config.js',
      '--format',
      'json',
      'src/exchange-b-client.js',
    ]);
    const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
    expect(report?.messages.map(({ ruleId, line }) => `${line} ${ruleId}`)).toEqual([
      '2 @exchange-errors/no-magic-error-codes',
      '3 @exchange-errors/no-unknown-error-code',
    ]);
    const api = runOk(dir(), 'node', [
      '-e',
      "const a = require('@exchange-errors/catalogue/import'); import('@exchange-errors/catalogue/import')" +
        '.then((b) => console.log(typeof a.parseErrorPage, typeof b.renderCatalogueModule))',
    ]);
    expect(api.stdout.trim()).toBe('function function');
  });

  it('runs a Jest test that uses the matchers', () => {
    const result = run(dir(), join(dir(), 'node_modules/.bin/jest'), ['--ci']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
  });
});
