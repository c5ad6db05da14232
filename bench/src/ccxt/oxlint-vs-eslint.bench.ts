/**
 * oxlint running the plugin as a JS plugin against ESLint running it, on ccxt: each a fresh CLI process as CI runs
 * it, with only the plugin's `recommended` rules (oxlint's own default rules off). Both must report the same findings,
 * or the timings compare different work and the benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import plugin from '@exchange-errors/eslint-plugin';
import { benchDir, cacheDir } from '../lib/paths.js';
import { markdownTable, type SectionResult } from '../lib/report.js';
import { formatRatio, formatSummary, summarize } from '../lib/stats.js';
import { writeFileCreatingFolders } from '../lib/write-file.js';
import { CCXT_VERSION, ensureCcxtCorpus } from './ccxt-corpus.js';

const requireFromBench = createRequire(`${benchDir}package.json`);
const binOf = (name: string, bin: string) =>
  path.join(path.dirname(requireFromBench.resolve(`${name}/package.json`)), bin);
const eslintBin = binOf('eslint', 'bin/eslint.js');
const oxlintBin = binOf('oxlint', 'bin/oxlint');
const reportCpu = fileURLToPath(new URL('../lib/report-cpu.mjs', import.meta.url));
const oxlintVersion = (requireFromBench('oxlint/package.json') as { version: string }).version;
const eslintVersion = (requireFromBench('eslint/package.json') as { version: string }).version;
// The config files import the plugin, so they live where bench's node_modules resolve it.
const configDir = path.join(cacheDir, 'oxlint-vs-eslint');
const PREFIX = '@exchange-errors/';

const recommendedRules = plugin.configs.recommended.rules ?? {};
const eslintConfig = [
  "import exchangeErrors from '@exchange-errors/eslint-plugin';",
  'export default [',
  // As in the ESLint benchmark: ccxt's `eslint-disable` comments name rules not enabled here.
  "  { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, linterOptions: { reportUnusedDisableDirectives: 'off' } },",
  '  exchangeErrors.configs.recommended,',
  '];',
  '',
].join('\n');
const oxlintConfig = (withPlugin: boolean) =>
  JSON.stringify({
    categories: { correctness: 'off' },
    ...(withPlugin ? { jsPlugins: ['@exchange-errors/eslint-plugin'], rules: recommendedRules } : {}),
  });

interface Variant {
  readonly label: string;
  readonly bin: string;
  readonly args: readonly string[];
  /** `file:line:column ruleId` of our plugin's findings, from the CLI's JSON output. */
  readonly findings: (stdout: string, cwd: string) => string[];
}

function eslintFindings(stdout: string, cwd: string): string[] {
  const results = JSON.parse(stdout) as {
    filePath: string;
    messages: { ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }[];
  }[];
  return results.flatMap((result) =>
    result.messages.map((message) => {
      if (message.fatal === true) throw new Error(`eslint: ${result.filePath}:${message.line} ${message.message}`);
      return `${path.relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.ruleId}`;
    }),
  );
}

function oxlintFindings(stdout: string): string[] {
  const { diagnostics } = JSON.parse(stdout) as {
    diagnostics: {
      code?: string;
      message: string;
      filename: string;
      labels: { span: { line: number; column: number } }[];
    }[];
  };
  return diagnostics.map((diagnostic) => {
    const rule = /^@exchange-errors\((.+)\)$/.exec(diagnostic.code ?? '')?.[1];
    if (rule === undefined) throw new Error(`oxlint reported something other than our rules: ${diagnostic.message}`);
    const { line, column } = diagnostic.labels[0]!.span;
    return `${diagnostic.filename}:${line}:${column} ${PREFIX}${rule}`;
  });
}

/** `targets` are named one by one: oxlint skips what .gitignore lists, and bench/.cache is git-ignored. */
function variants(targets: readonly string[]): Variant[] {
  const eslintConfigFile = path.join(configDir, 'eslint.config.mjs');
  const oxlintWithPlugin = path.join(configDir, 'with-plugin.oxlintrc.json');
  const oxlintNoRules = path.join(configDir, 'no-rules.oxlintrc.json');
  writeFileCreatingFolders(eslintConfigFile, eslintConfig);
  writeFileCreatingFolders(oxlintWithPlugin, oxlintConfig(true));
  writeFileCreatingFolders(oxlintNoRules, oxlintConfig(false));
  const eslintArgs = ['--config', eslintConfigFile, '--format', 'json', ...targets];
  const oxlintArgs = (config: string) => ['--config', config, '--format', 'json', ...targets];
  return [
    { label: 'ESLint + plugin', bin: eslintBin, args: eslintArgs, findings: eslintFindings },
    {
      label: 'ESLint + plugin, `--concurrency 2`',
      bin: eslintBin,
      args: ['--concurrency', '2', ...eslintArgs],
      findings: eslintFindings,
    },
    {
      label: 'oxlint + plugin (JS plugin)',
      bin: oxlintBin,
      args: oxlintArgs(oxlintWithPlugin),
      findings: oxlintFindings,
    },
    {
      label: 'oxlint, no rules (parse only)',
      bin: oxlintBin,
      args: oxlintArgs(oxlintNoRules),
      findings: oxlintFindings,
    },
  ];
}

interface CliRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly findings: readonly string[];
}

function runCli(variant: Variant, cwd: string, cpuFile: string): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', reportCpu, variant.bin, ...variant.args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CPU_REPORT_FILE: cpuFile },
  });
  const wallMs = performance.now() - started;
  // Both CLIs exit 1 when they report findings.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${variant.label} exited ${result.status}: ${result.stderr}`);
  return {
    wallMs,
    cpuMs: Number(readFileSync(cpuFile, 'utf8')),
    findings: variant.findings(result.stdout, cwd).sort(),
  };
}

export async function benchOxlint(runs: number): Promise<SectionResult> {
  const { dir, files } = ensureCcxtCorpus();
  const cpuDir = mkdtempSync(path.join(cacheDir, 'cpu-'));
  const cpuFile = path.join(cpuDir, 'cpu-ms');
  try {
    const all = variants(files.map((file) => path.relative(dir, file)));
    // The warm-up round fills the file system cache; its findings are the ones compared.
    const warmUp = all.map((variant) => runCli(variant, dir, cpuFile));
    const expected = warmUp[0]!.findings;
    for (const [index, run] of warmUp.entries()) {
      const variant = all[index]!;
      if (variant.args.some((arg) => arg.endsWith('no-rules.oxlintrc.json'))) continue;
      if (run.findings.join('\n') !== expected.join('\n'))
        throw new Error(
          `${variant.label} found ${run.findings.length} problems, ESLint ${expected.length}: not the same work`,
        );
    }
    const measured = all.map(() => [] as CliRun[]);
    for (let round = 0; round < runs; round += 1) {
      // Rotating the order spreads slow drift in machine load over every variant.
      for (let step = 0; step < all.length; step += 1) {
        const index = (round + step) % all.length;
        measured[index]!.push(runCli(all[index]!, dir, cpuFile));
      }
    }
    const wall = measured.map((samples) => summarize(samples.map((run) => run.wallMs)));
    const cpu = measured.map((samples) => summarize(samples.map((run) => run.cpuMs)));
    const eslintWall = wall[0]!.median;
    const eslintCpu = cpu[0]!.median;
    const rows = all.map((variant, index) => [
      variant.label,
      formatSummary(wall[index]!, 0),
      formatRatio(wall[index]!.median / eslintWall),
      formatSummary(cpu[index]!, 0),
      formatRatio(cpu[index]!.median / eslintCpu),
    ]);
    const markdown = [
      `ccxt ${CCXT_VERSION} \`js/src/*.js\` (${files.length} files), the plugin's \`recommended\` rules, ESLint ${eslintVersion} and ` +
        `oxlint ${oxlintVersion}: each run is a fresh CLI process (\`--format json\`), timed from spawn to exit, as CI runs it. ` +
        `One warm-up round, then ${runs} measured rounds in rotating order. Both report the same ${expected.length} findings ` +
        '(rule, file, line, column; checked on every benchmark run). oxlint runs with its own rules off and uses every core; ' +
        "CPU is the process's user + system time over all its threads.",
      '',
      markdownTable(
        ['CLI', 'wall ms, median (min–max)', 'wall × ESLint', 'CPU ms, median (min–max)', 'CPU × ESLint'],
        rows,
      ),
    ].join('\n');
    return { title: 'oxlint and ESLint on ccxt', markdown, goals: [] };
  } finally {
    rmSync(cpuDir, { recursive: true, force: true });
  }
}
