/**
 * `pnpm bench`: runs every benchmark side by side in this one process (fresh child processes where a cold start is
 * the point) and writes docs/benchmarks.md. `--only=catalogue,matchers` runs a subset and writes
 * bench/.cache/benchmarks-partial.md instead, so the committed report always holds every benchmark of one run;
 * `--runs=N` (≥ 5) sets the measured runs per benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchCatalogue } from './catalogue/catalogue.bench.js';
import { benchCcxt } from './ccxt/lint-ccxt.bench.js';
import { benchOxlint } from './ccxt/oxlint-vs-eslint.bench.js';
import { benchMatchers } from './matchers/run-matchers.bench.js';
import { benchTyped } from './typed/lint-typed.bench.js';
import { describeMachine } from './lib/machine.js';
import { benchDir, cacheDir, repoRoot } from './lib/paths.js';
import { markdownTable, verdict, type SectionResult } from './lib/report.js';
import { writeFileCreatingFolders } from './lib/write-file.js';

const sections: Record<string, (runs: number) => Promise<SectionResult>> = {
  ccxt: benchCcxt,
  oxlint: benchOxlint,
  typed: benchTyped,
  matchers: benchMatchers,
  catalogue: benchCatalogue,
};

const { values } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 5) throw new Error(`--runs must be an integer ≥ 5; got ${values.runs}`);
const selected = values.only?.split(',') ?? Object.keys(sections);
for (const name of selected) {
  if (!(name in sections))
    throw new Error(`--only: unknown benchmark ${name}; known: ${Object.keys(sections).join(', ')}`);
}

const machine = describeMachine();
const results: SectionResult[] = [];
for (const name of selected) {
  const started = performance.now();
  console.log(`bench: ${name}…`);
  results.push(await sections[name]!(runs));
  console.log(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const goals = results.flatMap((result) => result.goals);
const report = [
  '# Benchmarks',
  '',
  `Written by \`pnpm bench\` (bench/src/run.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand ` +
    '(the last section comes from bench/notes.md). Every comparison is measured side by side in one run; figures are ' +
    'medians with min–max over the runs. Build first: `pnpm build`, then `pnpm bench` ' +
    `(\`--only=${Object.keys(sections).join(',')}\` for a subset, \`--runs=N\` for more runs). ` +
    'Benchmarks are figures in this report, never timed assertions in tests.',
  '',
  '## Machine',
  '',
  machine,
  '',
  '## Goals',
  '',
  markdownTable(
    ['goal', 'measured (median)', 'verdict'],
    goals.map((goal) => [goal.goal, goal.measured, verdict(goal.met)]),
  ),
  ...results.flatMap((result) => ['', `## ${result.title}`, '', result.markdown]),
  '',
  // Profiles, suggestions and before/after figures of changes: written by hand, kept next to the code that measures.
  readFileSync(path.join(benchDir, 'notes.md'), 'utf8').trimEnd(),
  '',
].join('\n');
const reportPath =
  values.only === undefined ? path.join(repoRoot, 'docs/benchmarks.md') : path.join(cacheDir, 'benchmarks-partial.md');
writeFileCreatingFolders(reportPath, report);
console.log(`bench: wrote ${path.relative(repoRoot, reportPath)}`);
console.log(
  markdownTable(
    ['goal', 'measured', 'verdict'],
    goals.map((goal) => [goal.goal, goal.measured, verdict(goal.met)]),
  ),
);
