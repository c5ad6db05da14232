import { ESLint, type Linter } from 'eslint';
import { summarize, type Summary } from './stats.js';

/** One `lintFiles` call: wall and CPU time, and per-rule time summed over files when `stats` is on. */
export interface LintRun {
  readonly wallMs: number;
  /** User + system CPU time of this process: unlike wall time, not inflated while other jobs hold the cores. */
  readonly cpuMs: number;
  readonly ruleMs: ReadonlyMap<string, number>;
  readonly results: readonly ESLint.LintResult[];
}

/** A fresh `ESLint` with only `config` (no config file lookup), so each run pays for the same work. */
export async function lintOnce(
  cwd: string,
  files: readonly string[],
  config: Linter.Config[],
  stats: boolean,
): Promise<LintRun> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const eslint = new ESLint({ cwd, stats, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles([...files]);
  const cpu = process.cpuUsage(startedCpu);
  const wallMs = performance.now() - started;
  const ruleMs = new Map<string, number>();
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [ruleId, time] of Object.entries(pass.rules ?? {}))
        ruleMs.set(ruleId, (ruleMs.get(ruleId) ?? 0) + time.total);
    }
  }
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, ruleMs, results };
}

/** Per-rule summaries over runs; a rule that did not run in some run counts 0 there. */
export function summarizeRuleTimes(runs: readonly LintRun[], ruleIds: readonly string[]): Map<string, Summary> {
  return new Map(ruleIds.map((ruleId) => [ruleId, summarize(runs.map((run) => run.ruleMs.get(ruleId) ?? 0))]));
}

/** Findings per rule id; `(none)` collects parse errors. */
export function countFindings(results: readonly ESLint.LintResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) {
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? '(none)';
      counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Fails loudly on a parse error or fatal problem: timings of a file that never got linted mean nothing. */
export function assertNoFatalErrors(results: readonly ESLint.LintResult[]): void {
  const fatal = results.flatMap((result) =>
    result.messages
      .filter((message) => message.fatal === true)
      .map((message) => `${result.filePath}:${message.line} ${message.message}`),
  );
  if (fatal.length > 0) throw new Error(`lint run had fatal errors:\n${fatal.slice(0, 10).join('\n')}`);
}

/** `items` rotated left by `by`: listeners run in config order, and the first to touch a node pays its cache misses. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
