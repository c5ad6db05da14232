import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, cacheDir } from '../lib/paths.js';
import { markdownTable, verdict, type GoalResult, type SectionResult } from '../lib/report.js';
import { formatRatio, formatSummary, summarize } from '../lib/stats.js';
import type { MatcherMeasurement } from './matchers.measure.js';

const GOAL_RATIO = 1;
const here = path.dirname(fileURLToPath(import.meta.url));
const vitestBin = path.join(
  path.dirname(createRequire(`${benchDir}package.json`).resolve('vitest/package.json')),
  'vitest.mjs',
);

/** Runs matchers.measure.ts in a Vitest process of its own, so `expect` is Vitest's real one. */
function measureInVitest(runs: number): MatcherMeasurement {
  const resultFile = path.join(cacheDir, 'matchers-result.json');
  execFileSync(process.execPath, [vitestBin, 'run', '--config', path.join(here, 'vitest.config.ts')], {
    cwd: benchDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, MATCHERS_BENCH_RUNS: String(runs), MATCHERS_BENCH_RESULT_FILE: resultFile },
  });
  return JSON.parse(readFileSync(resultFile, 'utf8')) as MatcherMeasurement;
}

export async function benchMatchers(runs: number): Promise<SectionResult> {
  const measurement = measureInVitest(runs);
  const rows: string[][] = [];
  const goals: GoalResult[] = [];
  for (const [name, samples] of Object.entries(measurement)) {
    const [outcome, payload, matcher] = name.split('|') as [string, string, string];
    if (matcher !== 'toBeExchangeError') continue;
    const ours = summarize(samples);
    const baseline = summarize(measurement[`${outcome}|${payload}|toMatchObject`]!);
    const minimal = summarize(measurement[`${outcome}|${payload}|toHaveCodeMinimal`]!);
    const ratio = ours.median / baseline.median;
    rows.push([
      outcome,
      payload,
      formatSummary(ours, 0),
      formatSummary(baseline, 0),
      formatRatio(ratio),
      `≤ ${GOAL_RATIO}× — ${verdict(ratio <= GOAL_RATIO)}`,
      formatSummary(minimal, 0),
      formatRatio(ours.median / minimal.median),
    ]);
    goals.push({
      goal: `\`toBeExchangeError\` ≤ ${GOAL_RATIO}× \`toMatchObject({ code })\`, ${outcome}, ${payload}`,
      measured: formatRatio(ratio),
      met: ratio <= GOAL_RATIO,
    });
  }
  const markdown = [
    `Inside a real Vitest process (\`vitest run\` on bench/src/matchers/matchers.measure.ts, \`import '@exchange-errors/matchers/vitest'\`), ` +
      `tinybench, ${runs} runs of 250 ms per case; figures are mean nanoseconds per assertion, median of the runs (min–max). ` +
      'Both matchers get the same payload: an API payload `{ code: -1121, msg }` and an `ExchangeError(-1121)`. ' +
      'The fail path expects -2013 and includes throwing and catching the assertion error.',
    '',
    markdownTable(
      [
        'path',
        'payload',
        '`toBeExchangeError(code)` ns',
        '`toMatchObject({ code })` ns',
        'ratio',
        'goal',
        'minimal custom matcher ns',
        '× minimal',
      ],
      rows,
    ),
    '',
    '"Minimal custom matcher" is a one-line `expect.extend` matcher doing the same `code ===` check, measured in the same run: ' +
      "Vitest's own cost for any custom matcher (matcher state, `utils`, the thrown error on failure), which `toBeExchangeError` cannot go below.",
  ].join('\n');
  return { title: 'Matchers: toBeExchangeError vs toMatchObject', markdown, goals };
}
