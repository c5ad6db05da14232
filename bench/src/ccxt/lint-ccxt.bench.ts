import path from 'node:path';
import type { Linter } from 'eslint';
import plugin from '@exchange-errors/eslint-plugin';
import {
  assertNoFatalErrors,
  countFindings,
  lintOnce,
  rotate,
  summarizeRuleTimes,
  type LintRun,
} from '../lib/lint-run.js';
import { markdownTable, verdict, type SectionResult } from '../lib/report.js';
import { formatRatio, formatSummary, summarize, type Summary } from '../lib/stats.js';
import { CCXT_VERSION, ensureCcxtCorpus } from './ccxt-corpus.js';

const PLUGIN_PREFIX = '@exchange-errors/';
const CORE_BASELINE_RULE = 'no-magic-numbers';
const MAGIC_CODES_RULE = `${PLUGIN_PREFIX}no-magic-error-codes`;
const MAGIC_CODES_GOAL_RATIO = 0.25;
/** The `recommended` rules together against the one core rule. */
const RECOMMENDED_RULES_GOAL_RATIO = 1;
const RECOMMENDED_OVERHEAD_GOAL = 0.02;

const baseConfig: Linter.Config = {
  name: 'bench/ccxt-base',
  files: ['**/*.js'],
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  // ccxt carries `eslint-disable` comments for rules not enabled here; reporting them would only add noise.
  linterOptions: { reportUnusedDisableDirectives: 'off' },
};
const pluginRuleIds = Object.keys(plugin.rules).map((name) => `${PLUGIN_PREFIX}${name}`);
/**
 * `stats: true` wraps every listener call in two `process.hrtime()` calls; on ccxt's ~174,000 literals that alone
 * is tens of milliseconds for any rule listening to `Literal`. An empty `Literal` listener measures that floor.
 */
const FLOOR_RULE = 'bench/empty-literal-listener';
const calibrationPlugin = {
  rules: {
    'empty-literal-listener': { meta: { type: 'problem' as const, schema: [] }, create: () => ({ Literal() {} }) },
  },
};
const measuredRuleIds = [...pluginRuleIds, CORE_BASELINE_RULE, FLOOR_RULE];

/** Every measured rule in one config, listed from `round` on, so each rule takes each place in turn. */
function everyRuleConfig(round: number): Linter.Config[] {
  return [
    baseConfig,
    {
      name: 'bench/every-rule',
      plugins: {
        '@exchange-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string],
        bench: calibrationPlugin,
      },
      rules: Object.fromEntries(rotate(measuredRuleIds, round).map((ruleId) => [ruleId, 'warn'])),
    },
  ];
}

const configs = {
  noRules: () => [baseConfig],
  recommended: () => [baseConfig, plugin.configs.recommended as Linter.Config],
  everyRule: everyRuleConfig,
} satisfies Record<string, (round: number) => Linter.Config[]>;
type ConfigName = keyof typeof configs;
const configNames = Object.keys(configs) as ConfigName[];

function findingsList(results: LintRun['results'], dir: string): string {
  const lines = results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith(PLUGIN_PREFIX) === true)
      .map((message) => `${path.relative(dir, result.filePath)}:${message.line} ${message.ruleId}: ${message.message}`),
  );
  return lines.length === 0
    ? '(none)'
    : ['<details><summary>file:line, rule, message</summary>', '', '```text', ...lines, '```', '', '</details>'].join(
        '\n',
      );
}

export async function benchCcxt(runs: number): Promise<SectionResult> {
  const { dir, files } = ensureCcxtCorpus();
  // The warm-up run loads and JIT-compiles every rule; its findings are the ones listed.
  const warmUp = await lintOnce(dir, files, everyRuleConfig(0), true);
  assertNoFatalErrors(warmUp.results);
  const measured: Record<ConfigName, LintRun[]> = { noRules: [], recommended: [], everyRule: [] };
  // At least one round per rule, so that every rule is listed first once.
  const rounds = Math.max(runs, measuredRuleIds.length);
  for (let round = 0; round < rounds; round += 1) {
    // Rotating the order spreads slow drift in machine load over every configuration.
    for (let step = 0; step < configNames.length; step += 1) {
      const name = configNames[(round + step) % configNames.length]!;
      measured[name].push(await lintOnce(dir, files, configs[name](round), name === 'everyRule'));
    }
  }

  const ruleTimes = summarizeRuleTimes(measured.everyRule, measuredRuleIds);
  const coreTime = ruleTimes.get(CORE_BASELINE_RULE)!;
  const floorTime = ruleTimes.get(FLOOR_RULE)!;
  const netOfFloor = (ruleId: string) => ruleTimes.get(ruleId)!.median - floorTime.median;
  const findings = countFindings(warmUp.results);
  const magicCodesRatio = ruleTimes.get(MAGIC_CODES_RULE)!.median / coreTime.median;
  const magicCodesMet = magicCodesRatio <= MAGIC_CODES_GOAL_RATIO;

  const timesOf = (name: ConfigName, metric: 'wallMs' | 'cpuMs') => summarize(measured[name].map((run) => run[metric]));
  // Paired within each round, so a burst of load from elsewhere skews one pair, not the median.
  const overheadOf = (metric: 'wallMs' | 'cpuMs') =>
    summarize(measured.recommended.map((run, round) => run[metric] / measured.noRules[round]![metric] - 1));
  const overhead = overheadOf('wallMs');
  const cpuOverhead = overheadOf('cpuMs');
  const overheadMet = overhead.median <= RECOMMENDED_OVERHEAD_GOAL;
  const recommendedRuleIds = Object.keys(plugin.configs.recommended.rules ?? {});
  const recommendedRulesTime = recommendedRuleIds.reduce(
    (sum, ruleId) => sum + (ruleTimes.get(ruleId)?.median ?? 0),
    0,
  );
  const recommendedRuleShare = recommendedRulesTime / timesOf('noRules', 'wallMs').median;
  // Together means in one run: the pre-scan and the code sites are shared, and which rule pays for them changes with
  // the order, so a sum of per-rule medians can leave them out. Paired within each round, as the overhead is.
  const recommendedTogether = summarize(
    measured.everyRule.map(
      (run) =>
        recommendedRuleIds.reduce((sum, ruleId) => sum + (run.ruleMs.get(ruleId) ?? 0), 0) /
        (run.ruleMs.get(CORE_BASELINE_RULE) ?? Number.NaN),
    ),
  );
  const recommendedRulesRatio = recommendedTogether.median;
  const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
  const formatPercentSummary = (summary: Summary) =>
    `${percent(summary.median)} (${percent(summary.min)} … ${percent(summary.max)})`;

  const markdown = [
    `ccxt ${CCXT_VERSION} \`js/src/*.js\`: ${files.length} files from the npm tarball (fetched into bench/.cache at bench time). ` +
      `One warm-up run, then ${rounds} measured rounds; each round lints the files once with each configuration, in rotating order, ` +
      'each with a fresh `ESLint` instance (`overrideConfigFile: true`, espree, no cache).',
    '',
    '### Per-rule time',
    '',
    `\`new ESLint({ stats: true })\`, every rule of ours and core \`${CORE_BASELINE_RULE}\` enabled together in the same run; ` +
      `time is \`stats.times.passes[*].rules[ruleId].total\` summed over files. The order the rules are listed in rotates by round: ` +
      'listeners run in that order and the first to visit a node pays its cache misses (worth up to 2× in a trial). ' +
      'Findings are from the warm-up run.',
    '',
    markdownTable(
      ['rule', 'median ms (min–max)', `× ${CORE_BASELINE_RULE}`, 'findings', 'goal'],
      [...ruleTimes].map(([ruleId, time]) => [
        `\`${ruleId}\``,
        formatSummary(time),
        formatRatio(time.median / coreTime.median),
        ruleId === FLOOR_RULE ? '—' : String(findings.get(ruleId) ?? 0),
        ruleId === MAGIC_CODES_RULE ? `≤ ${MAGIC_CODES_GOAL_RATIO}× — ${verdict(magicCodesMet)}` : '—',
      ]),
    ),
    '',
    `\`${FLOOR_RULE}\` is a rule whose \`Literal\` listener does nothing: the cost of the stats instrumentation itself, ` +
      'which `no-magic-numbers` pays on every literal; `no-magic-error-codes` has one `Program` listener that visits ' +
      "the literals at the pre-scan's candidates, or no listener in a file without one. The rule first in the list " +
      'on a file also pays for the shared pre-scan of its text. ' +
      `The goal is judged on the raw ratio. Net of that floor (medians), \`no-magic-error-codes\` ` +
      `spends ${netOfFloor(MAGIC_CODES_RULE).toFixed(1)} ms and \`${CORE_BASELINE_RULE}\` ${netOfFloor(CORE_BASELINE_RULE).toFixed(1)} ms: ` +
      `${formatRatio(netOfFloor(MAGIC_CODES_RULE) / netOfFloor(CORE_BASELINE_RULE))}.`,
    '',
    '### Whole `recommended` config',
    '',
    markdownTable(
      [
        'configuration',
        'wall ms, median (min–max)',
        'wall vs no rules',
        'CPU ms, median (min–max)',
        'CPU vs no rules',
        'goal',
      ],
      [
        [
          'ESLint, no rules (parse + traversal)',
          formatSummary(timesOf('noRules', 'wallMs'), 0),
          '—',
          formatSummary(timesOf('noRules', 'cpuMs'), 0),
          '—',
          '—',
        ],
        [
          `\`@exchange-errors/recommended\` (${recommendedRuleIds.length} rules)`,
          formatSummary(timesOf('recommended', 'wallMs'), 0),
          formatPercentSummary(overhead),
          formatSummary(timesOf('recommended', 'cpuMs'), 0),
          formatPercentSummary(cpuOverhead),
          `≤ +2 % wall — ${verdict(overheadMet)}`,
        ],
        [
          'every rule above, with `stats: true`',
          formatSummary(timesOf('everyRule', 'wallMs'), 0),
          '—',
          formatSummary(timesOf('everyRule', 'cpuMs'), 0),
          '—',
          '—',
        ],
      ],
    ),
    '',
    '"vs no rules" is the median of the per-round ratio (min … max). CPU is this process\'s user + system time, which other ' +
      `jobs on the machine inflate less than wall time. A third, steadier estimate from the stats run: the recommended rules' own ` +
      `time (the sum of their medians) is ${percent(recommendedRuleShare)} of the no-rules wall time, and ` +
      `${formatRatio(recommendedRulesTime / coreTime.median)} the median time of \`${CORE_BASELINE_RULE}\`. Within each ` +
      `round, the ${recommendedRuleIds.length} rules together took ${formatRatio(recommendedTogether.median)} the time ` +
      `of \`${CORE_BASELINE_RULE}\` (median; ${formatRatio(recommendedTogether.min)} … ` +
      `${formatRatio(recommendedTogether.max)}): the figure the goal is judged on, as it counts the shared pre-scan ` +
      'once in every round.',
    '',
    `### Our findings on ccxt (${pluginRuleIds.reduce((sum, ruleId) => sum + (findings.get(ruleId) ?? 0), 0)})`,
    '',
    findingsList(warmUp.results, dir),
  ].join('\n');

  return {
    title: 'ESLint rules on ccxt',
    markdown,
    goals: [
      {
        goal: `\`no-magic-error-codes\` ≤ ${MAGIC_CODES_GOAL_RATIO}× core \`${CORE_BASELINE_RULE}\` (ccxt)`,
        measured: formatRatio(magicCodesRatio),
        met: magicCodesMet,
      },
      {
        goal: `the ${recommendedRuleIds.length} \`recommended\` rules together ≤ ${RECOMMENDED_RULES_GOAL_RATIO}× core \`${CORE_BASELINE_RULE}\` (ccxt)`,
        measured: formatRatio(recommendedRulesRatio),
        met: recommendedRulesRatio <= RECOMMENDED_RULES_GOAL_RATIO,
      },
      {
        goal: '`recommended` adds ≤ 2 % to ESLint wall time (ccxt)',
        measured: percent(overhead.median),
        met: overheadMet,
      },
    ],
  };
}
