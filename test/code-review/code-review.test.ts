// Findings on their way to code review, as docs/code-review.md sets them up: SARIF for GitHub code scanning and
// GitHub Actions annotations, both written by the real ESLint CLI over the example and checked against its JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import exchangeErrors from '@exchange-errors/eslint-plugin';
import { describe, expect, it } from 'vitest';
import { eslintJsonFindings, findingLine } from '../lib/findings.js';

const exampleDir = fileURLToPath(new URL('../../examples/trading-client', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const configFile = fileURLToPath(new URL('../example/fixtures/eslint.config.mjs', import.meta.url));
const eslintBin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));
// `--format <package>` resolves from the directory ESLint runs in; the example does not install the formatters.
const requireFromHere = createRequire(import.meta.url);
const sarifFormatter = requireFromHere.resolve('@microsoft/eslint-formatter-sarif');
const annotationsFormatter = requireFromHere.resolve('eslint-formatter-gha');
const PREFIX = '@exchange-errors/';

function eslint(format: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [eslintBin, '--config', configFile, '--format', format, 'src'], {
    cwd: exampleDir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: 'false', ...env },
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

const jsonFindings = eslintJsonFindings(eslint('json'), exampleDir);

it('the example has findings of several rules to report', () => {
  expect(new Set(jsonFindings.map((line) => line.split(' ')[1])).size).toBeGreaterThan(1);
});

describe('SARIF from @microsoft/eslint-formatter-sarif', () => {
  interface SarifLog {
    readonly version: string;
    readonly runs: readonly {
      readonly tool: {
        readonly driver: {
          readonly name: string;
          readonly rules: readonly { id: string; helpUri?: string; shortDescription?: { text: string } }[];
        };
      };
      readonly results: readonly {
        readonly ruleId: string;
        readonly ruleIndex: number;
        readonly level: string;
        readonly message: { readonly text: string };
        readonly locations: readonly {
          readonly physicalLocation: {
            readonly artifactLocation: { readonly uri: string };
            readonly region: { readonly startLine: number; readonly startColumn: number };
          };
        }[];
      }[];
    }[];
  }

  const sarif = JSON.parse(eslint(sarifFormatter)) as SarifLog;
  const [run] = sarif.runs;

  it('is one SARIF 2.1.0 run of ESLint', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run!.tool.driver.name).toBe('ESLint');
  });

  it('holds every finding, with its rule id, file, line and column', () => {
    const results = run!.results.map(({ ruleId, message, locations: [location] }) => {
      const { artifactLocation, region } = location!.physicalLocation;
      return findingLine(
        exampleDir,
        fileURLToPath(artifactLocation.uri),
        region.startLine,
        region.startColumn,
        ruleId,
        message.text,
      );
    });
    expect(results).toEqual(jsonFindings);
    expect(new Set(run!.results.map((result) => result.level))).toEqual(new Set(['error']));
    for (const result of run!.results) expect(run!.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('describes each reported rule of ours with its docs page as help URI and its description', () => {
    const reported = new Set(run!.results.map((result) => result.ruleId));
    const described = run!.tool.driver.rules.filter((rule) => rule.id.startsWith(PREFIX));
    expect(described.map((rule) => rule.id).sort()).toEqual([...reported].filter((id) => id.startsWith(PREFIX)).sort());
    for (const rule of described) {
      const name = rule.id.slice(PREFIX.length) as keyof typeof exchangeErrors.rules;
      const { docs } = exchangeErrors.rules[name].meta;
      expect(rule.helpUri).toBe(docs?.url);
      expect(rule.helpUri).toBe(
        `https://github.com/exchange-errors/exchange-errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
      );
      expect(existsSync(`${repoRoot}packages/eslint-plugin/docs/rules/${name}.md`)).toBe(true);
      expect(rule.shortDescription?.text).toBe(docs?.description);
    }
  });
});

describe('GitHub Actions annotations from eslint-formatter-gha', () => {
  /** `::error file=…,line=…,col=…::message (ruleId)`, with the workflow-command escapes undone. */
  const annotation = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+)::(.*) \(([^()]+)\)$/;

  it('prints one ::error line per finding inside a group, when run in GitHub Actions', () => {
    const lines = eslint(annotationsFormatter, { GITHUB_ACTIONS: 'true' }).trimEnd().split('\n');
    expect(lines[0]).toBe('::group::ESLint Annotations');
    expect(lines.at(-1)).toBe('::endgroup::');
    const annotations = lines.slice(1, -1).map((line) => {
      const match = annotation.exec(line);
      if (match === null) throw new Error(`not an annotation: ${line}`);
      const [, level, file, lineNumber, column, message, ruleId] = match.map((part) => decodeURIComponent(part));
      expect(level).toBe('error');
      return findingLine(exampleDir, file!, Number(lineNumber), Number(column), ruleId!, message!);
    });
    expect(annotations).toEqual(jsonFindings);
  });
});
