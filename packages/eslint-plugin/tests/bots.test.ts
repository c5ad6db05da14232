import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixturesDirectory } from './rule-tester.js';

/**
 * Files shaped like public trading bots (exchange wrappers, retry helpers, order managers, tests; CommonJS and ES
 * modules, JavaScript and TypeScript), linted with the real ESLint API under `recommended` and `strict`. Each line
 * says what it should get:
 *
 * - `// expect: <rule>, <rule>`: reported by both configs, once per listed rule (several annotations on a line are
 *   separated by `;`);
 * - `// expect strict: <rule>`: reported by `strict` only;
 * - `// wrong strict: <rule>` (or `wrong:` for both configs): reported although the code is right — a known false
 *   positive, which counts against precision;
 * - `// miss: <rule>`: a problem the rules do not find (yet): it must stay unreported, and counts against recall.
 *
 * A line without annotation must get nothing; `clean-*` files have none.
 */
const botsDirectory = path.join(fixturesDirectory, 'bots');
const fixtures = readdirSync(botsDirectory).sort();
const configs = ['recommended', 'strict'] as const;
type ConfigName = (typeof configs)[number];

/** `expect: a, b`, `expect strict: c`, …, separated by `;` after `//`. */
const ANNOTATION = /\b(expect strict|expect|wrong strict|wrong|miss): ([\w\s,-]+?)(?=;|$)/gu;

interface Annotated {
  /** Every finding each config makes: the expected ones and the known false positives. */
  readonly reported: Record<ConfigName, string[]>;
  readonly wrong: Record<ConfigName, string[]>;
  readonly missed: string[];
}

/** `3 no-magic-error-codes` for every finding a fixture's annotations list, by config, and its known misses. */
function annotations(fixture: string): Annotated {
  const reported: Record<ConfigName, string[]> = { recommended: [], strict: [] };
  const wrong: Record<ConfigName, string[]> = { recommended: [], strict: [] };
  const missed: string[] = [];
  readFileSync(path.join(botsDirectory, fixture), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const comment = text.indexOf('//');
      if (comment === -1) return;
      for (const [, kind = '', list = ''] of text.slice(comment).matchAll(ANNOTATION)) {
        const findings = list.split(',').map((rule) => `${index + 1} ${rule.trim()}`);
        if (kind === 'miss') {
          missed.push(...findings);
          continue;
        }
        const inRecommended = kind === 'expect' || kind === 'wrong';
        for (const config of inRecommended ? configs : (['strict'] as const)) {
          reported[config].push(...findings);
          if (kind.startsWith('wrong')) wrong[config].push(...findings);
        }
      }
    });
  return { reported, wrong, missed };
}

function userConfig(name: ConfigName): Linter.Config[] {
  return [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    plugin.configs[name] as Linter.Config,
  ];
}

async function lintFindings(name: ConfigName): Promise<Map<string, string[]>> {
  const eslint = new ESLint({ cwd: botsDirectory, overrideConfigFile: true, overrideConfig: userConfig(name) });
  const results = await eslint.lintFiles(fixtures);
  return new Map(
    results.map((result) => {
      expect(result.fatalErrorCount, JSON.stringify(result.messages)).toBe(0);
      const findings = result.messages.map(
        (message) => `${message.line} ${message.ruleId?.replace('@exchange-errors/', '') ?? '(none)'}`,
      );
      return [path.basename(result.filePath), findings.sort()];
    }),
  );
}

describe.each(configs)('bot-shaped fixtures under %s', (configName) => {
  it('report exactly the annotated findings, and the clean files nothing', async () => {
    const linted = await lintFindings(configName);
    expect([...linted.keys()].sort()).toEqual(fixtures);
    for (const fixture of fixtures) {
      const expected = annotations(fixture).reported[configName].sort();
      expect(linted.get(fixture), fixture).toEqual(expected);
      if (fixture.startsWith('clean-') && configName === 'recommended') expect(expected, fixture).toEqual([]);
    }
  });
});

it('every fixture is annotated or clean, and the corpus has CommonJS, ES modules and TypeScript', () => {
  expect(fixtures.some((fixture) => fixture.endsWith('.cjs'))).toBe(true);
  expect(fixtures.some((fixture) => fixture.endsWith('.mjs'))).toBe(true);
  expect(fixtures.some((fixture) => fixture.endsWith('.ts'))).toBe(true);
  for (const fixture of fixtures.filter((name) => !name.startsWith('clean-'))) {
    expect(annotations(fixture).reported.strict.length, fixture).toBeGreaterThan(0);
  }
  // A miss is known and kept out of the findings: no line both expects and misses the same rule.
  for (const fixture of fixtures) {
    const { reported, missed } = annotations(fixture);
    expect(
      missed.filter((finding) => reported.strict.includes(finding)),
      fixture,
    ).toEqual([]);
  }
});
