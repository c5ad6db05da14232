import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { getErrorDefinition, isRetryable, parseExchangeError } from '@exchange-errors/catalogue';
import { benchDir, repoRoot } from '../lib/paths.js';
import { markdownTable, verdict, type SectionResult } from '../lib/report.js';
import { formatSummary, scaleSummary, summarize, type Summary } from '../lib/stats.js';

const IMPORT_TIME_GOAL_MS = 2;
const SIZE_GOAL_BYTES = 3 * 1024;
const CATALOGUE_SPECIFIER = '@exchange-errors/catalogue';
/** Process start-up jitters by milliseconds on a busy machine; many pairs keep the median steady. */
const IMPORT_PAIRS = 40;

const here = path.dirname(fileURLToPath(import.meta.url));

interface BundleSize {
  readonly label: string;
  readonly minified: number;
  readonly gzipped: number;
}

async function bundleSize(label: string, contents: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    // A browser bundle resolves the package's `import` condition, as an app bundler would.
    platform: 'browser',
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { label, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** The whole package, what a typical consumer keeps after tree-shaking, and the definitions alone. */
export function measureSizes(): Promise<BundleSize[]> {
  const catalogueSrc = path.join(repoRoot, 'packages/catalogue/src');
  return Promise.all([
    bundleSize('whole package (`export *`)', `export * from '${CATALOGUE_SPECIFIER}';`, benchDir),
    bundleSize(
      'typical import: `{ ExchangeErrorCode, getErrorDefinition }`',
      `export { ExchangeErrorCode, getErrorDefinition } from '${CATALOGUE_SPECIFIER}';`,
      benchDir,
    ),
    bundleSize(
      'definitions data alone (src/definitions.ts)',
      `export { definitions } from './definitions.js';`,
      catalogueSrc,
    ),
  ]);
}

function timeImport(specifier: string): number {
  const output = execFileSync(process.execPath, [path.join(here, 'import-timer.mjs'), specifier], {
    cwd: benchDir,
    encoding: 'utf8',
  });
  return Number(output);
}

interface ImportTimes {
  readonly catalogue: Summary;
  readonly emptyModule: Summary;
  /** Catalogue minus the empty module of the same pair of processes. */
  readonly net: Summary;
}

/** Alternates catalogue and empty-module processes so machine load hits both alike. */
export function measureImportTimes(pairs: number): ImportTimes {
  const emptyModuleUrl = pathToFileURL(path.join(here, 'empty-module.mjs')).href;
  const catalogue: number[] = [];
  const emptyModule: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    emptyModule.push(timeImport(emptyModuleUrl));
    catalogue.push(timeImport(CATALOGUE_SPECIFIER));
  }
  return {
    catalogue: summarize(catalogue),
    emptyModule: summarize(emptyModule),
    net: summarize(catalogue.map((time, pair) => time - emptyModule[pair]!)),
  };
}

const tickerPayload = { symbol: 'BTCUSDT', price: '42000.00', qty: '0.01' };
const networkError = new Error('socket hang up');

const lookupCases: readonly [name: string, run: () => unknown][] = [
  ['getErrorDefinition(-1121)', () => getErrorDefinition(-1121)],
  ["getErrorDefinition('BAD_SYMBOL')", () => getErrorDefinition('BAD_SYMBOL')],
  ["getErrorDefinition('-1121')", () => getErrorDefinition('-1121')],
  [
    'isRetryable({ code: -1003, msg })',
    () => isRetryable({ code: -1003, msg: 'Requests exceed the limit too frequently.' }),
  ],
  ['parseExchangeError(JSON text)', () => parseExchangeError('{"code":-1121,"msg":"Invalid symbol."}')],
  // Most values a parser meets hold no error: these must stay as cheap as the shapes it reads grow.
  ['parseExchangeError(plain object, no error)', () => parseExchangeError(tickerPayload)],
  ['parseExchangeError(Error without a body)', () => parseExchangeError(networkError)],
  [
    'parseExchangeError(axios-style error)',
    () =>
      parseExchangeError({
        message: 'Request failed',
        response: { data: { code: -2013, msg: 'Order does not exist.' } },
      }),
  ],
];

/** Calls per tinybench sample: one call takes tens of nanoseconds, below what a per-call timer can resolve. */
const CALLS_PER_SAMPLE = 1000;
/** Written by every call so the optimiser cannot drop the lookups. */
export let lookupSink: unknown;

/** Operations per second of each lookup: the median run's throughput over `runs` tinybench runs. */
export async function measureLookups(runs: number): Promise<Map<string, Summary>> {
  const samples = new Map<string, number[]>(lookupCases.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    const bench = new Bench({ time: 200, warmup: true });
    for (const [name, fn] of lookupCases) {
      bench.add(name, () => {
        for (let call = 0; call < CALLS_PER_SAMPLE; call += 1) lookupSink = fn();
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result.state !== 'completed') throw new Error(`lookup benchmark ${task.name} did not complete`);
      samples.get(task.name)!.push(task.result.throughput.mean * CALLS_PER_SAMPLE);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, summarize(values)]));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

export async function benchCatalogue(runs: number): Promise<SectionResult> {
  const sizes = await measureSizes();
  const imports = measureImportTimes(Math.max(runs, IMPORT_PAIRS));
  const lookups = await measureLookups(runs);
  const whole = sizes[0]!;
  const sizeMet = whole.gzipped <= SIZE_GOAL_BYTES;
  const importMet = imports.net.median <= IMPORT_TIME_GOAL_MS;
  const markdown = [
    `Size: esbuild ${'`--bundle --minify --format=esm`'}, then gzip level 9. Goal ≤ 3 KB for the whole package: **${verdict(sizeMet)}**.`,
    '',
    markdownTable(
      ['bundle', 'minified', 'min + gz', 'goal'],
      sizes.map((size, index) => [
        size.label,
        kib(size.minified),
        kib(size.gzipped),
        index === 0 ? `≤ 3 KB — ${verdict(sizeMet)}` : '—',
      ]),
    ),
    '',
    `Import time: \`await import('${CATALOGUE_SPECIFIER}')\` in a fresh \`node\` process, ${imports.net.runs} processes each, ` +
      `alternating with an empty ESM module as the baseline; net is the difference within each pair. Both processes first ` +
      "resolve an unrelated package (`import.meta.resolve('tinybench')`) outside the timed window, so the one-off set-up of " +
      "Node's package resolver, which any app pays for its first bare import, is charged to neither. " +
      `Goal ≤ ${IMPORT_TIME_GOAL_MS} ms net: **${verdict(importMet)}**.`,
    '',
    markdownTable(
      ['import', 'median ms (min–max)'],
      [
        ['empty ESM module (baseline)', formatSummary(imports.emptyModule, 2)],
        ['@exchange-errors/catalogue, raw', formatSummary(imports.catalogue, 2)],
        ['@exchange-errors/catalogue, net of baseline', formatSummary(imports.net, 2)],
      ],
    ),
    '',
    `Lookups (tinybench, ${runs} runs of 200 ms each; median of the runs' mean throughput, min–max across runs):`,
    '',
    markdownTable(
      ['call', 'million ops/s (min–max)'],
      [...lookups].map(([name, summary]) => [`\`${name}\``, formatSummary(scaleSummary(summary, 1e-6), 2)]),
    ),
  ].join('\n');
  return {
    title: 'Catalogue: size, import time, lookups',
    markdown,
    goals: [
      { goal: 'catalogue min+gz ≤ 3 KB', measured: kib(whole.gzipped), met: sizeMet },
      {
        goal: 'catalogue import ≤ 2 ms (net of empty module)',
        measured: `${imports.net.median.toFixed(2)} ms`,
        met: importMet,
      },
    ],
  };
}
