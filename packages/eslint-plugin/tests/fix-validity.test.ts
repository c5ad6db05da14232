import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import * as espree from 'espree';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { applyFix } from './apply-fix.js';
import { failuresStartingWithNode } from './run-with-node.js';

/**
 * Every autofix and every suggestion the plugin's rules produce on a curated set of fixtures must leave a file that
 * parses (espree for JavaScript, @typescript-eslint/parser for TypeScript), and TypeScript outputs must pass
 * `tsc --noEmit` with the fixture tsconfig, where `@exchange-errors/catalogue` resolves as the workspace dependency.
 * CommonJS fixtures are bot programs: each of them, and each of their outputs, must still start with Node.
 */
const testDirectory = path.dirname(fileURLToPath(import.meta.url));
const fixtureDirectory = path.join(testDirectory, 'fixtures', 'fix-validity');
/** Paths relative to the fixture directory; `commonjs-bot/` holds a package.json with `"type": "commonjs"`. */
const fixtures = readdirSync(fixtureDirectory, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:ts|js|cjs)$/.test(name))
  .sort();
/** Fixtures Node runs as CommonJS: `.cjs`, and `.js` under the `"type": "commonjs"` package. */
const isCommonJsFixture = (fixture: string): boolean =>
  fixture.endsWith('.cjs') || (fixture.startsWith('commonjs-bot/') && fixture.endsWith('.js'));

const PREFIX = '@exchange-errors';
const ruleNames = Object.keys(plugin.rules).sort();

/** Every rule with its default options, and the `strict` config (requireAll switches, codes in all contexts). */
const ruleSets = {
  defaults: Object.fromEntries(ruleNames.map((name) => [`${PREFIX}/${name}`, 'error'])),
  strict: plugin.configs.strict.rules,
} as const;
type RuleSetName = keyof typeof ruleSets;

function flatConfig(ruleSet: RuleSetName): Linter.Config[] {
  return [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { plugins: { [PREFIX]: plugin as unknown as ESLint.Plugin }, rules: ruleSets[ruleSet] as Linter.RulesRecord },
  ];
}

interface Variant {
  /** fixture, rule set and what produced it, for failure messages. */
  readonly label: string;
  readonly fixture: string;
  readonly ruleId: string;
  readonly kind: 'fix' | 'suggestion' | 'all fixes';
  readonly text: string;
}

function parse(fixture: string, text: string): void {
  if (fixture.endsWith('.ts')) {
    tsParser.parse(text, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      filePath: path.join(fixtureDirectory, fixture),
    });
  } else {
    espree.parse(text, { ecmaVersion: 'latest', sourceType: fixture.endsWith('.cjs') ? 'commonjs' : 'module' });
  }
}

/** `tsc --noEmit` over in-memory files placed in the fixture directory, so imports resolve from the package. */
function typeCheck(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const configPath = path.join(fixtureDirectory, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, fixtureDirectory, undefined, configPath);
  const host = ts.createCompilerHost(parsed.options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (fileName) => files.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => files.get(fileName) ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(fileName);
    return text === undefined
      ? getSourceFile.call(host, fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: parsed.options, host });
  const diagnostics = new Map<string, string[]>([...files.keys()].map((fileName) => [fileName, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const fileName = diagnostic.file?.fileName ?? '(global)';
    const where =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    const text = `${where ? `${where.line + 1}:${where.character + 1} ` : ''}TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    diagnostics.set(fileName, [...(diagnostics.get(fileName) ?? []), text]);
  }
  return diagnostics;
}

const variants: Variant[] = [];
/** Output of `ESLint` with `fix: true`, per rule set and fixture. */
const fixedOutputs = new Map<string, string>();

beforeAll(async () => {
  const linter = new Linter({ cwd: fixtureDirectory });
  for (const ruleSet of Object.keys(ruleSets) as RuleSetName[]) {
    const config = flatConfig(ruleSet);
    const eslint = new ESLint({ cwd: fixtureDirectory, overrideConfigFile: true, overrideConfig: config, fix: true });
    for (const result of await eslint.lintFiles(fixtures)) {
      const fixture = path.relative(fixtureDirectory, result.filePath);
      const source = readFileSync(result.filePath, 'utf8');
      expect(result.fatalErrorCount, `${fixture}: ${JSON.stringify(result.messages)}`).toBe(0);
      if (result.output !== undefined) {
        fixedOutputs.set(`${ruleSet} ${fixture}`, result.output);
        variants.push({
          label: `${fixture} [${ruleSet}] all fixes`,
          fixture,
          ruleId: '(all)',
          kind: 'all fixes',
          text: result.output,
        });
      }
      // Each autofix and each suggestion on its own, on the original text.
      const messages = linter.verify(source, config, { filename: result.filePath });
      for (const message of messages) {
        expect(message.fatal, `${fixture}: ${message.message}`).toBeUndefined();
        const where = `${message.ruleId ?? '(none)'} ${message.line}:${message.column}`;
        if (message.fix) {
          variants.push({
            label: `${fixture} [${ruleSet}] fix ${where}`,
            fixture,
            ruleId: message.ruleId ?? '',
            kind: 'fix',
            text: applyFix(source, message.fix),
          });
        }
        for (const [index, suggestion] of (message.suggestions ?? []).entries()) {
          variants.push({
            label: `${fixture} [${ruleSet}] suggestion ${index + 1} of ${where}: ${suggestion.desc}`,
            fixture,
            ruleId: message.ruleId ?? '',
            kind: 'suggestion',
            text: applyFix(source, suggestion.fix),
          });
        }
      }
    }
  }
}, 60_000);

describe('fix validity', () => {
  it('the fixtures themselves parse and type-check', () => {
    const sources = new Map(
      fixtures
        .filter((name) => name.endsWith('.ts'))
        .map((name) => [path.join(fixtureDirectory, name), readFileSync(path.join(fixtureDirectory, name), 'utf8')]),
    );
    for (const name of fixtures)
      expect(() => parse(name, readFileSync(path.join(fixtureDirectory, name), 'utf8')), name).not.toThrow();
    const diagnostics = typeCheck(sources);
    for (const [fileName, messages] of diagnostics) expect(messages, path.basename(fileName)).toEqual([]);
    expect(diagnostics.size).toBeGreaterThanOrEqual(8);
  });

  it('every fixable or suggesting rule produced outputs, and every fixture at least one', () => {
    for (const name of ruleNames) {
      const { meta } = plugin.rules[name as keyof typeof plugin.rules];
      if (meta.fixable)
        expect(
          variants.some((variant) => variant.kind === 'fix' && variant.ruleId === `${PREFIX}/${name}`),
          `${name} autofix`,
        ).toBe(true);
      if (meta.hasSuggestions)
        expect(
          variants.some((variant) => variant.kind === 'suggestion' && variant.ruleId === `${PREFIX}/${name}`),
          `${name} suggestion`,
        ).toBe(true);
    }
    for (const fixture of fixtures)
      expect(
        variants.some((variant) => variant.fixture === fixture),
        fixture,
      ).toBe(true);
    expect(variants.length).toBeGreaterThan(40);
  });

  it('every autofix and suggestion output parses', () => {
    const failures: string[] = [];
    for (const variant of variants) {
      try {
        parse(variant.fixture, variant.text);
      } catch (error) {
        failures.push(`${variant.label}: ${error instanceof Error ? error.message : String(error)}\n${variant.text}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every TypeScript autofix and suggestion output passes tsc --noEmit', () => {
    const files = new Map<string, string>();
    const labels = new Map<string, Variant>();
    for (const [index, variant] of variants.entries()) {
      if (!variant.fixture.endsWith('.ts')) continue;
      const fileName = path.join(fixtureDirectory, `__output-${index}__${variant.fixture}`);
      files.set(fileName, variant.text);
      labels.set(fileName, variant);
    }
    expect(files.size).toBeGreaterThan(20);
    const diagnostics = [...typeCheck(files)].map(([fileName, messages]) => ({
      variant: labels.get(fileName),
      messages,
    }));
    const failures = diagnostics
      .filter(({ messages }) => messages.length > 0)
      .map(({ variant, messages }) => `${variant?.label}:\n  ${messages.join('\n  ')}\n${variant?.text}`);
    expect(failures).toEqual([]);
  });

  it('every CommonJS fixture, and each of its autofix and suggestion outputs, starts with Node', () => {
    const programs = [
      ...fixtures.filter(isCommonJsFixture).map((fixture) => ({
        label: fixture,
        fixture,
        text: readFileSync(path.join(fixtureDirectory, fixture), 'utf8'),
      })),
      ...variants.filter((variant) => isCommonJsFixture(variant.fixture)),
    ];
    // A CommonJS file never gets an `import`; its suggestions require the catalogue instead.
    for (const program of programs) expect(program.text, program.label).not.toMatch(/^\s*import\s/mu);
    expect(programs.some((program) => program.text.includes("= require('@exchange-errors/catalogue')"))).toBe(true);
    expect(programs.length).toBeGreaterThan(10);

    const failures = failuresStartingWithNode(
      programs.map(({ label, fixture, text }) => ({ label, fileName: path.basename(fixture), text })),
      'commonjs',
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('a second --fix pass changes nothing', async () => {
    expect(fixedOutputs.size).toBeGreaterThan(0);
    for (const [key, output] of fixedOutputs) {
      const [ruleSet, fixture] = key.split(' ') as [RuleSetName, string];
      const eslint = new ESLint({
        cwd: fixtureDirectory,
        overrideConfigFile: true,
        overrideConfig: flatConfig(ruleSet),
        fix: true,
      });
      const [again] = await eslint.lintText(output, { filePath: path.join(fixtureDirectory, fixture) });
      expect(again?.output, key).toBeUndefined();
      expect(again?.fatalErrorCount, key).toBe(0);
    }
  });

  it('ESLint 9 writes the same fixes as ESLint 10', async () => {
    for (const ruleSet of Object.keys(ruleSets) as RuleSetName[]) {
      const eslint9 = new ESLint9({
        cwd: fixtureDirectory,
        overrideConfigFile: true,
        // Same flat config; the cast only bridges the two majors' config types.
        overrideConfig: flatConfig(ruleSet) as unknown as NonNullable<
          ConstructorParameters<typeof ESLint9>[0]
        >['overrideConfig'],
        fix: true,
      });
      for (const result of await eslint9.lintFiles(fixtures)) {
        const key = `${ruleSet} ${path.relative(fixtureDirectory, result.filePath)}`;
        expect(result.output, key).toBe(fixedOutputs.get(key));
      }
    }
  });
});
