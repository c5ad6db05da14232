/**
 * `pnpm sweep`: every rule of every exported config over real code — ccxt's `js/src` (the benchmark's cache) and
 * TypeScript with type information (the benchmark's generated corpus, and the example client) — and writes every
 * finding to docs/sweep.md for review. Fails on a crash or a parse error. Downloads ccxt on first use.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import plugin from '@exchange-errors/eslint-plugin';
import tseslint from 'typescript-eslint';
import { CCXT_VERSION, ensureCcxtCorpus } from '../ccxt/ccxt-corpus.js';
import { assertNoFatalErrors } from '../lib/lint-run.js';
import { cacheDir, repoRoot } from '../lib/paths.js';
import { markdownTable } from '../lib/report.js';
import { generateTypedCorpus, TYPED_CORPUS_FILES } from '../typed/generate-corpus.js';
import {
  BOT_CONFIGS,
  readBotAnnotations,
  scoreRule,
  type BotFinding,
} from '../../../packages/eslint-plugin/tests/bot-annotations.js';

type PluginConfig = Linter.Config & { settings?: { '@exchange-errors'?: { typeAware?: boolean } } };

interface Corpus {
  readonly name: string;
  readonly cwd: string;
  readonly files: readonly string[];
  /** Whether the files are TypeScript with a tsconfig, so type-aware configs can run. */
  readonly typed: boolean;
  /** Generated code, wrong on purpose: its findings are listed per file, not per line. */
  readonly generated?: boolean;
}

interface Finding {
  readonly corpus: string;
  readonly ruleId: string;
  /** Path relative to the corpus directory, with the line. */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly configs: Set<string>;
}

const configs = Object.entries(plugin.configs) as [string, PluginConfig][];

function lintConfig(corpus: Corpus, config: PluginConfig): Linter.Config[] {
  return [
    corpus.typed
      ? {
          files: ['**/*.ts'],
          languageOptions: {
            parser: tseslint.parser as Linter.Parser,
            parserOptions: { projectService: true, tsconfigRootDir: corpus.cwd },
          },
        }
      : { files: ['**/*.js'], languageOptions: { sourceType: 'module' } },
    config,
  ];
}

async function sweepCorpus(corpus: Corpus, findings: Map<string, Finding>): Promise<string[]> {
  const ran: string[] = [];
  for (const [configName, config] of configs) {
    if (config.settings?.['@exchange-errors']?.typeAware === true && !corpus.typed) continue;
    ran.push(configName);
    const eslint = new ESLint({
      cwd: corpus.cwd,
      overrideConfigFile: true,
      overrideConfig: lintConfig(corpus, config),
    });
    // A rule that throws rejects lintFiles: the sweep stops there with the rule, file and stack.
    const results = await eslint.lintFiles([...corpus.files]);
    assertNoFatalErrors(results);
    for (const result of results) {
      const lines = readFileSync(result.filePath, 'utf8').split('\n');
      // Only this plugin's findings: ccxt's directives for rules it does not load are not ours to review.
      for (const message of result.messages.filter((entry) => entry.ruleId?.startsWith('@exchange-errors/'))) {
        const where = `${path.relative(corpus.cwd, result.filePath)}:${message.line}`;
        const key = `${corpus.name} ${message.ruleId} ${where}:${message.column}`;
        const finding = findings.get(key) ?? {
          corpus: corpus.name,
          ruleId: message.ruleId as string,
          where,
          file: path.relative(corpus.cwd, result.filePath),
          line: message.line,
          source: (lines[message.line - 1] ?? '').trim().slice(0, 160),
          configs: new Set<string>(),
        };
        finding.configs.add(configName);
        findings.set(key, finding);
      }
    }
    console.log(`  ${corpus.name}, ${configName}: ${results.length} files`);
  }
  return ran;
}

const ccxt = ensureCcxtCorpus();
/** The benchmark's corpus, generated apart so that a benchmark running meanwhile cannot delete it mid-sweep. */
const sweepTypedCorpusDir = path.join(cacheDir, 'sweep-typed-corpus');
const exampleDir = path.join(repoRoot, 'examples/trading-client');
const corpora: Corpus[] = [
  { name: `ccxt ${CCXT_VERSION} js/src`, cwd: ccxt.dir, files: ccxt.files, typed: false },
  {
    name: `generated TypeScript corpus (${TYPED_CORPUS_FILES} files)`,
    cwd: sweepTypedCorpusDir,
    files: generateTypedCorpus(sweepTypedCorpusDir),
    typed: true,
    generated: true,
  },
  {
    name: 'examples/trading-client/src',
    cwd: exampleDir,
    files: readdirSync(path.join(exampleDir, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(exampleDir, 'src', name)),
    typed: true,
  },
];

const findings = new Map<string, Finding>();
const configsRun = new Map<string, string[]>();
for (const corpus of corpora) configsRun.set(corpus.name, await sweepCorpus(corpus, findings));

const shortRule = (ruleId: string) => ruleId.replace('@exchange-errors/', '');
const ruleIds = Object.keys(plugin.rules).map((name) => `@exchange-errors/${name}`);
const all = [...findings.values()];
const countTable = markdownTable(
  ['corpus', 'configs run', ...ruleIds.map(shortRule)],
  corpora.map((corpus) => [
    corpus.name,
    (configsRun.get(corpus.name) ?? []).join(', '),
    ...ruleIds.map((ruleId) =>
      String(all.filter((finding) => finding.corpus === corpus.name && finding.ruleId === ruleId).length),
    ),
  ]),
);
const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

function findingRows(corpus: Corpus): string {
  const own = all.filter((finding) => finding.corpus === corpus.name);
  if (own.length === 0) return 'No findings.';
  if (corpus.generated !== true) {
    return markdownTable(
      ['rule', 'file:line', 'configs', 'source line'],
      own.map((finding) => [
        shortRule(finding.ruleId),
        code(finding.where),
        [...finding.configs].join(', '),
        code(finding.source),
      ]),
    );
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of own) {
    const key = `${finding.ruleId} ${finding.file} ${[...finding.configs].join(', ')}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return markdownTable(
    ['rule', 'file', 'configs', 'lines', 'first source line'],
    [...groups.values()].map((group) => {
      const [first] = group as [Finding, ...Finding[]];
      return [
        shortRule(first.ruleId),
        code(first.file),
        [...first.configs].join(', '),
        group.map((finding) => finding.line).join(', '),
        code(first.source),
      ];
    }),
  );
}

/**
 * The bot-shaped fixtures of the plugin's tests, each line annotated with what it should get: precision and recall
 * per rule and config, judged by those annotations.
 */
async function botCorpusSection(): Promise<string> {
  const botsDir = path.join(repoRoot, 'packages/eslint-plugin/tests/fixtures/bots');
  const files = readdirSync(botsDir).sort();
  const rows: string[][] = [];
  for (const configName of BOT_CONFIGS) {
    const eslint = new ESLint({
      cwd: botsDir,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
        plugin.configs[configName] as Linter.Config,
      ],
    });
    const results = await eslint.lintFiles(files);
    assertNoFatalErrors(results);
    const actual = new Map<string, BotFinding[]>(
      results.map((result) => [
        path.basename(result.filePath),
        result.messages.map((message) => `${message.line} ${shortRule(message.ruleId ?? '')}`),
      ]),
    );
    for (const ruleId of ruleIds) {
      const totals = files
        .map((file) =>
          scoreRule(
            shortRule(ruleId),
            configName,
            readBotAnnotations(path.join(botsDir, file)),
            actual.get(file) ?? [],
          ),
        )
        .reduce((sum, score) => ({
          truePositives: sum.truePositives + score.truePositives,
          falsePositives: sum.falsePositives + score.falsePositives,
          falseNegatives: sum.falseNegatives + score.falseNegatives,
        }));
      const ratio = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`);
      const { truePositives: right, falsePositives: wrong, falseNegatives: missed } = totals;
      rows.push([
        shortRule(ruleId),
        configName,
        String(right),
        String(wrong),
        String(missed),
        ratio(right, right + wrong),
        ratio(right, right + missed),
      ]);
    }
    console.log(`  bot-shaped corpus, ${configName}: ${results.length} files`);
  }
  return [
    '## Bot-shaped corpus: precision and recall',
    '',
    `${files.length} files in \`packages/eslint-plugin/tests/fixtures/bots\` (${files.map((file) => `\`${file}\``).join(', ')}), ` +
      'written after public trading bots — exchange wrappers, retry helpers, order managers, message handling, tests; ' +
      'CommonJS, ES modules and TypeScript, for this exchange and for a sibling one. Every line carries what it should ' +
      'get (`// expect:`, `// expect strict:`, `// wrong strict:` for a known false positive, `// miss:` for a problem ' +
      'no rule finds); `tests/bots.test.ts` checks that ESLint reports exactly those. Precision is right findings over ' +
      'findings, recall right findings over problems.',
    '',
    markdownTable(['rule', 'config', 'right', 'wrong', 'missed', 'precision', 'recall'], rows),
  ].join('\n');
}

const sections = corpora.map((corpus) => [`## ${corpus.name}`, '', findingRows(corpus)].join('\n'));

const sweepPath = path.join(repoRoot, 'docs/sweep.md');
/** The hand-written review between these markers survives regeneration. */
const REVIEW_START = '<!-- review -->';
const REVIEW_END = '<!-- /review -->';
const previous = existsSync(sweepPath) ? readFileSync(sweepPath, 'utf8') : '';
const review = previous.includes(REVIEW_START)
  ? previous.slice(previous.indexOf(REVIEW_START), previous.indexOf(REVIEW_END) + REVIEW_END.length)
  : `${REVIEW_START}\nNot reviewed yet.\n${REVIEW_END}`;
const markdown = [
  '# Real-code sweep',
  '',
  'Generated by `pnpm sweep` (bench/src/sweep/sweep.ts): every rule of every exported config of `@exchange-errors/eslint-plugin`, ' +
    `over ccxt ${CCXT_VERSION}'s \`js/src\` (espree; type-checked configs need type information and are skipped there) and over ` +
    "TypeScript with type information (`projectService`): the benchmark's generated corpus and the example client. " +
    'Zero crashes and zero parse errors, or the sweep fails. A finding reported by several configs is listed once.',
  '',
  markdownTable(
    ['corpus', 'files'],
    corpora.map((corpus) => [corpus.name, String(corpus.files.length)]),
  ),
  '',
  '## Findings per rule',
  '',
  countTable,
  '',
  '## Review',
  '',
  review,
  '',
  await botCorpusSection(),
  '',
  ...sections.flatMap((section) => [section, '']),
].join('\n');
writeFileSync(sweepPath, markdown);
console.log(`${all.length} findings written to docs/sweep.md`);
