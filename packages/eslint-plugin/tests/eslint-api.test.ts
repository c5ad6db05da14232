import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const packageDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDirectory = path.join(packageDirectory, 'tests', 'fixtures', 'api');
const packageJson = JSON.parse(readFileSync(path.join(packageDirectory, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

const FIXTURES = ['commonjs.cjs', 'esm.js', 'messages.js', 'plain.ts', 'type-checked.ts'] as const;
type FixtureName = (typeof FIXTURES)[number];
type ConfigName = keyof typeof plugin.configs;
type Findings = Record<FixtureName, string[]>;

/** Both majors, each imported by its own package name: `eslint` is 10, `eslint9` the npm alias. */
const versions = [
  { major: 10, ESLint: ESLint10 },
  { major: 9, ESLint: ESLint9 },
] as const;

const typescriptFiles = { files: ['**/*.ts'], languageOptions: { parser: tsParser } };

/**
 * The flat config a user would write for each exported config. `recommended-type-checked` goes on the
 * TypeScript files together with `projectService` (as the README shows); JavaScript files get `recommended`.
 */
function userConfig(name: ConfigName): unknown[] {
  if (name === 'recommended-type-checked') {
    return [
      typescriptFiles,
      { ...plugin.configs.recommended, files: ['**/*.js', '**/*.cjs'] },
      {
        ...plugin.configs['recommended-type-checked'],
        files: ['**/*.ts'],
        languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtureDirectory } },
      },
    ];
  }
  return [typescriptFiles, plugin.configs[name]];
}

interface LintRun {
  readonly version: string;
  readonly findings: Findings;
  /** The message texts, in the order of `findings`. */
  readonly messages: Findings;
}

async function lint(ESLintClass: typeof ESLint10 | typeof ESLint9, config: unknown[]): Promise<LintRun> {
  // Both classes take the same options; the cast only bridges the two majors' config types.
  const eslint = new (ESLintClass as typeof ESLint10)({
    cwd: fixtureDirectory,
    overrideConfigFile: true,
    overrideConfig: config as ESLint10.Options['overrideConfig'],
  });
  const results = await eslint.lintFiles([...FIXTURES]);
  const findings = Object.fromEntries(FIXTURES.map((name) => [name, [] as string[]])) as Findings;
  const messages = Object.fromEntries(FIXTURES.map((name) => [name, [] as string[]])) as Findings;
  for (const result of results) {
    const name = path.basename(result.filePath) as FixtureName;
    expect(result.fatalErrorCount, `${name}: ${JSON.stringify(result.messages)}`).toBe(0);
    findings[name] = result.messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId ?? '(none)'}`,
    );
    messages[name] = result.messages.map((message) => message.message);
  }
  return { version: (ESLintClass as typeof ESLint10).version, findings, messages };
}

const MAGIC = '@exchange-errors/no-magic-error-codes';
const SWITCH = '@exchange-errors/exhaustive-retryable-switch';
const MESSAGE = '@exchange-errors/no-error-message-comparison';
const UNKNOWN = '@exchange-errors/no-unknown-error-code';

/** What `recommended` reports: codes in error-code contexts, switches that miss a retryable code. */
const recommendedFindings: Findings = {
  'commonjs.cjs': [`6:22 ${MAGIC}`, `7:11 ${SWITCH}`],
  'esm.js': [`7:22 ${MAGIC}`, `8:13 ${SWITCH}`, `9:12 ${MAGIC}`, `17:29 ${MAGIC}`, `17:36 ${MAGIC}`],
  // The file does not use the catalogue: -1211 may be a sibling exchange's code.
  'messages.js': [`3:7 ${MESSAGE}`, `4:7 ${MESSAGE}`, `5:23 ${MAGIC}`],
  'plain.ts': [
    `9:25 ${MAGIC}`,
    `14:10 ${MAGIC}`,
    `15:10 ${MAGIC}`,
    `16:10 ${MAGIC}`,
    `18:10 ${MAGIC}`,
    `20:10 ${MAGIC}`,
    `21:10 ${MAGIC}`,
    `23:10 ${MAGIC}`,
  ],
  // Syntactically this switch is not over codes: its cases are local constants.
  'type-checked.ts': [],
};

const expected: Record<ConfigName, Findings> = {
  recommended: recommendedFindings,
  // Only the type-aware mode sees that `code: RetryableErrorCode` makes the switch one over codes.
  'recommended-type-checked': { ...recommendedFindings, 'type-checked.ts': [`7:11 ${SWITCH}`] },
  // Every catalogue code is needed in a switch, and codes are reported outside error-code contexts too.
  strict: {
    'commonjs.cjs': [`6:22 ${MAGIC}`, `7:11 ${SWITCH}`],
    'esm.js': [
      `7:22 ${MAGIC}`,
      `8:13 ${SWITCH}`,
      `9:12 ${MAGIC}`,
      `17:29 ${MAGIC}`,
      `17:36 ${MAGIC}`,
      `18:49 ${MAGIC}`,
    ],
    'messages.js': [`2:20 ${UNKNOWN}`, ...recommendedFindings['messages.js']],
    'plain.ts': [
      ...recommendedFindings['plain.ts'].slice(0, 1),
      `13:11 ${SWITCH}`,
      ...recommendedFindings['plain.ts'].slice(1),
      `30:27 ${MAGIC}`,
    ],
    'type-checked.ts': [],
  },
};

describe.each(versions)('ESLint $major API', ({ major, ESLint }) => {
  it.each(Object.keys(expected) as ConfigName[])('lints the fixtures with the %s config', async (configName) => {
    const run = await lint(ESLint, userConfig(configName));
    expect(run.version.split('.')[0]).toBe(String(major));
    expect(run.findings).toEqual(expected[configName]);
    expect(run.messages['commonjs.cjs']).toEqual([
      'Magic error code -1022: write ExchangeErrorCode.INVALID_SIGNATURE.',
      configName === 'strict'
        ? expect.stringMatching(
            /^This switch over exchange error codes has no case for BAD_PRECISION \(-1111\), .*INVALID_TIMESTAMP \(-1021\), /,
          )
        : 'This switch over exchange error codes has no case for the retryable INVALID_TIMESTAMP (-1021).',
    ]);
    expect(run.messages['messages.js'].slice(0, configName === 'strict' ? 2 : 1)).toEqual([
      ...(configName === 'strict'
        ? ['-1211 is not an error code of the catalogue; did you mean BAD_SYMBOL (-1121)?']
        : []),
      'Compare the error code (ExchangeErrorCode.BAD_SYMBOL) instead of the message "Invalid symbol.": messages vary between servers.',
    ]);
    if (configName === 'recommended-type-checked') {
      // `code: RetryableErrorCode`; the constants RECONCILE and RATE_LIMIT count as TIMEOUT and TOO_MANY_REQUESTS.
      expect(run.messages['type-checked.ts']).toEqual([
        'This switch over exchange error codes has no case for the retryable DISCONNECTED (-1001), INVALID_TIMESTAMP (-1021), ' +
          'TOO_MANY_ORDERS (-1015), UNEXPECTED_RESP (-1006), UNKNOWN (-1000).',
      ]);
    }
  });

  it('applies the autofix to the ES module and leaves CommonJS to a suggestion', async () => {
    const eslint = new (ESLint as typeof ESLint10)({
      cwd: fixtureDirectory,
      overrideConfigFile: true,
      overrideConfig: userConfig('recommended') as ESLint10.Options['overrideConfig'],
      fix: true,
    });
    const [esm, commonjs] = await eslint.lintFiles(['esm.js', 'commonjs.cjs']);
    expect(esm?.output).toContain("import { ExchangeErrorCode } from '@exchange-errors/catalogue';\n");
    expect(esm?.output).toContain('if (err.code === ExchangeErrorCode.BAD_SYMBOL) return null;');
    expect(esm?.output).toContain('[ExchangeErrorCode.INVALID_TIMESTAMP, ExchangeErrorCode.DISCONNECTED]');
    expect(esm?.messages.map((message) => message.ruleId)).toEqual([SWITCH]);
    // CommonJS: a suggestion only, so --fix writes nothing.
    expect(commonjs?.output).toBeUndefined();
    expect(commonjs?.messages.find((message) => message.ruleId === MAGIC)?.suggestions).toHaveLength(1);
  });

  it('stops with the settings error when recommended-type-checked reaches a file without type information', async () => {
    const eslint = new (ESLint as typeof ESLint10)({
      cwd: fixtureDirectory,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs['recommended-type-checked']] as ESLint10.Options['overrideConfig'],
    });
    await expect(eslint.lintFiles(['esm.js'])).rejects.toThrow(
      /settings\['@exchange-errors'\]\.typeAware is true, but .*esm\.js was parsed without type information/,
    );
  });
});

describe('plugin shape', () => {
  const ruleNames = Object.keys(plugin.rules).sort();

  it('default export is { meta: { name, version }, rules, configs } with the package version', () => {
    expect(Object.keys(plugin).sort()).toEqual(['configs', 'meta', 'rules']);
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
    expect(ruleNames.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(plugin.configs).sort()).toEqual(['recommended', 'recommended-type-checked', 'strict']);
  });

  it.each(Object.keys(plugin.configs) as ConfigName[])(
    'config %s has a name and registers the plugin as @exchange-errors',
    (name) => {
      const config = plugin.configs[name];
      expect(config.name).toBe(`@exchange-errors/${name}`);
      expect(Object.keys(config.plugins ?? {})).toEqual(['@exchange-errors']);
      expect(config.plugins?.['@exchange-errors']).toBe(plugin);
      for (const ruleId of Object.keys(config.rules ?? {})) {
        expect(ruleId).toMatch(/^@exchange-errors\//);
        expect(ruleNames).toContain(ruleId.slice('@exchange-errors/'.length));
      }
    },
  );

  it('recommended-type-checked is recommended plus typeAware', () => {
    expect(plugin.configs['recommended-type-checked'].rules).toEqual(plugin.configs.recommended.rules);
    expect(plugin.configs['recommended-type-checked'].settings).toEqual({ '@exchange-errors': { typeAware: true } });
    expect(plugin.configs.recommended.settings).toBeUndefined();
  });

  it('every rule has docs.url pointing at its docs/rules/<rule>.md, which exists', () => {
    for (const name of ruleNames) {
      const rule = plugin.rules[name as keyof typeof plugin.rules];
      expect(rule.meta.docs?.url).toBe(
        `https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
      );
      expect(existsSync(path.join(packageDirectory, 'docs', 'rules', `${name}.md`)), name).toBe(true);
    }
  });

  it('the built ES module and CommonJS entries export the same shape (run `pnpm build` first)', async () => {
    const esm = ((await import(path.join(packageDirectory, 'dist', 'index.js'))) as { default: typeof plugin }).default;
    const commonjs = createRequire(import.meta.url)(path.join(packageDirectory, 'dist', 'index.cjs')) as typeof plugin;
    for (const built of [esm, commonjs]) {
      expect(built.meta).toEqual({ name: packageJson.name, version: packageJson.version });
      expect(Object.keys(built.configs).sort()).toEqual(['recommended', 'recommended-type-checked', 'strict']);
      for (const config of Object.values(built.configs)) expect(config.plugins?.['@exchange-errors']).toBe(built);
    }
  });
});
