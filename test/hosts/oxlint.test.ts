// oxlint as a host of the plugin: the real oxlint binary and ESLint, over the same files, report the same findings.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import exchangeErrors from '@exchange-errors/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { findingLine } from '../lib/findings.js';

const exampleDir = fileURLToPath(new URL('../../examples/trading-client', import.meta.url));
const fixturesDir = fileURLToPath(new URL('fixtures', import.meta.url));
const customCatalogueDir = join(fixturesDir, 'custom-catalogue');
const oxlintBin = fileURLToPath(new URL('../node_modules/oxlint/bin/oxlint', import.meta.url));
const derivedConfig = join(fixturesDir, 'oxlint.config.mjs');
const documentedConfig = join(fixturesDir, '.oxlintrc.json');
const docsPage = fileURLToPath(new URL('../../docs/oxlint.md', import.meta.url));
const PREFIX = '@exchange-errors/';

interface OxlintDiagnostic {
  readonly message: string;
  /** `@exchange-errors(no-magic-error-codes)`; absent when a JS plugin threw. */
  readonly code?: string;
  readonly filename: string;
  readonly labels: readonly { readonly span: { readonly line: number; readonly column: number } }[];
}

function runOxlint(cwd: string, args: readonly string[], config = 'recommended') {
  const result = spawnSync(process.execPath, [oxlintBin, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, EXCHANGE_ERRORS_CONFIG: config },
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`oxlint exited ${result.status}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
}

/** Our plugin's findings as oxlint reports them; oxlint's own default rules are left out, a plugin crash throws. */
function oxlintFindings(cwd: string, args: readonly string[], config?: string): string[] {
  return runOxlint(cwd, args, config).flatMap((diagnostic) => {
    if (diagnostic.code === undefined) throw new Error(`oxlint: ${diagnostic.message}`);
    const rule = /^@exchange-errors\((.+)\)$/.exec(diagnostic.code)?.[1];
    if (rule === undefined) return [];
    const { line, column } = diagnostic.labels[0]!.span;
    return [findingLine(cwd, diagnostic.filename, line, column, `${PREFIX}${rule}`, diagnostic.message)];
  });
}

const typeScriptFiles: Linter.Config = {
  files: ['**/*.ts', '**/*.mts', '**/*.cts'],
  languageOptions: { parser: tseslint.parser },
};

async function eslintFindings(cwd: string, config: Linter.Config[], targets: readonly string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [typeScriptFiles, ...config] });
  const results = await eslint.lintFiles([...targets]);
  return results.flatMap((result) =>
    result.messages.flatMap((message) => {
      if (message.fatal === true) throw new Error(`eslint: ${result.filePath}:${message.line} ${message.message}`);
      if (message.ruleId?.startsWith(PREFIX) !== true) return [];
      return [findingLine(cwd, result.filePath, message.line, message.column, message.ruleId, message.message)];
    }),
  );
}

const pluginConfig = (name: keyof typeof exchangeErrors.configs) => exchangeErrors.configs[name] as Linter.Config;
const sorted = (findings: readonly string[]) => [...findings].sort();
const filesOf = (findings: readonly string[]) => new Set(findings.map((line) => line.slice(0, line.indexOf(':'))));

const corpora = [
  { name: 'the example, before/ and after/', cwd: exampleDir, targets: ['src/before', 'src/after'] },
  { name: 'the bot-shaped fixture corpus', cwd: fixturesDir, targets: ['bot-corpus'] },
];

describe.each(['recommended', 'strict'] as const)('oxlint with the plugin config %s', (config) => {
  it.each(corpora)('reports what ESLint reports on $name', async ({ cwd, targets }) => {
    const expected = await eslintFindings(cwd, [pluginConfig(config)], targets);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(oxlintFindings(cwd, ['--config', derivedConfig, ...targets], config))).toEqual(sorted(expected));
  });
});

it('finds something in every file of the fixture corpus, so each file takes part in the comparison', async () => {
  const found = filesOf(await eslintFindings(fixturesDir, [pluginConfig('recommended')], ['bot-corpus']));
  expect([...found].sort()).toEqual([
    'bot-corpus/grid-bot.ts',
    'bot-corpus/order-sync.js',
    'bot-corpus/rest-client.cjs',
  ]);
});

describe('the documented .oxlintrc.json', () => {
  const documented = JSON.parse(readFileSync(documentedConfig, 'utf8')) as {
    jsPlugins: string[];
    rules: Record<string, unknown>;
  };

  it('enables exactly the rules of recommended, and is the one docs/oxlint.md shows', () => {
    expect(documented.jsPlugins).toEqual(['@exchange-errors/eslint-plugin']);
    expect(documented.rules).toEqual(pluginConfig('recommended').rules);
    const shown = [...readFileSync(docsPage, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
      (block) => JSON.parse(block[1]!) as Record<string, unknown>,
    );
    const withoutSchema = ({ $schema: _schema, ...config }: Record<string, unknown>) => config;
    expect(withoutSchema(shown[0]!)).toEqual(withoutSchema(documented));
  });

  it('gives the findings of ESLint with recommended', async () => {
    const expected = await eslintFindings(fixturesDir, [pluginConfig('recommended')], ['bot-corpus']);
    expect(sorted(oxlintFindings(fixturesDir, ['--config', documentedConfig, 'bot-corpus']))).toEqual(sorted(expected));
  });
});

describe('settings reach the plugin under oxlint', () => {
  it('a custom catalogue in settings gives the findings ESLint gives with the same settings', async () => {
    const documented = JSON.parse(readFileSync(join(customCatalogueDir, '.oxlintrc.json'), 'utf8')) as {
      settings: Linter.Config['settings'];
    };
    const expected = await eslintFindings(
      customCatalogueDir,
      [pluginConfig('recommended'), { settings: documented.settings }],
      ['exchange-b-bot.js'],
    );
    expect(expected.join('\n')).toContain('ExchangeErrorCode.RATE_LIMITED');
    // oxlint finds the .oxlintrc.json of the directory it runs in.
    expect(sorted(oxlintFindings(customCatalogueDir, ['exchange-b-bot.js']))).toEqual(sorted(expected));
  });

  it('typeAware stops with the error that says oxlint gives JS plugins no type information', () => {
    expect(() =>
      oxlintFindings(fixturesDir, ['--config', derivedConfig, 'bot-corpus/order-sync.js'], 'recommended-type-checked'),
    ).toThrow("settings['@exchange-errors'].typeAware is true, but");
  });

  it('a misspelt setting stops the run with the error that names it', () => {
    const config = join(fixturesDir, 'misspelt-setting.oxlintrc.json');
    expect(() => oxlintFindings(fixturesDir, ['--config', config, 'bot-corpus/order-sync.js'])).toThrow(
      "settings['@exchange-errors'].catalog is not a setting; did you mean catalogue?",
    );
  });
});

describe('oxlint --fix on a copy of before/', () => {
  const copyDir = mkdtempSync(join(tmpdir(), 'oxlint-fix-'));
  const copy = join(copyDir, 'trading-client.ts');
  copyFileSync(join(exampleDir, 'src/before/trading-client.ts'), copy);
  afterAll(() => rmSync(copyDir, { recursive: true, force: true }));

  it('gives the file ESLint --fix gives once run until nothing changes (one fix pass per run)', async () => {
    const eslint = new ESLint({
      cwd: copyDir,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [typeScriptFiles, pluginConfig('recommended')],
    });
    const [eslintFixed] = await eslint.lintFiles([copy]);
    let previous = readFileSync(copy, 'utf8');
    let runs = 0;
    for (; runs < 10; runs += 1) {
      runOxlint(copyDir, ['--config', documentedConfig, '--fix', copy]);
      const current = readFileSync(copy, 'utf8');
      if (current === previous) break;
      previous = current;
    }
    expect(eslintFixed?.output).toBeDefined();
    expect(previous).toBe(eslintFixed?.output);
    // The first run adds the import with the first fix only: every fix of a file without it adds the import.
    expect(runs).toBeGreaterThan(1);
  });
});
