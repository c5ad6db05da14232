import type { Linter } from 'eslint';
import plugin from '@exchange-errors/eslint-plugin';
import tseslint from 'typescript-eslint';
import { assertNoFatalErrors, countFindings, lintOnce, summarizeRuleTimes, type LintRun } from '../lib/lint-run.js';
import { markdownTable, verdict, type SectionResult } from '../lib/report.js';
import { formatRatio, formatSummary, summarize } from '../lib/stats.js';
import { generateTypedCorpus, TYPED_CORPUS_FILES, typedCorpusDir } from './generate-corpus.js';

const OUR_RULE = '@exchange-errors/exhaustive-retryable-switch';
const BASELINE_RULE = '@typescript-eslint/switch-exhaustiveness-check';
const GOAL_RATIO = 1;

/** Both rules in one config; `ourRuleFirst` decides whose listener meets a switch first, and so pays for cold types. */
function typedConfig(ourRuleFirst: boolean): Linter.Config[] {
  const ruleIds = ourRuleFirst ? [OUR_RULE, BASELINE_RULE] : [BASELINE_RULE, OUR_RULE];
  return [
    {
      name: 'bench/typed',
      files: ['**/*.ts'],
      languageOptions: {
        parser: tseslint.parser as Linter.Parser,
        parserOptions: { projectService: true, tsconfigRootDir: typedCorpusDir },
      },
      plugins: {
        '@exchange-errors': plugin as unknown as NonNullable<Linter.Config['plugins']>[string],
        '@typescript-eslint': tseslint.plugin as unknown as NonNullable<Linter.Config['plugins']>[string],
      },
      settings: { '@exchange-errors': { typeAware: true } },
      rules: Object.fromEntries(ruleIds.map((ruleId) => [ruleId, 'warn'])),
    },
  ];
}

export async function benchTyped(runs: number): Promise<SectionResult> {
  const files = generateTypedCorpus();
  // The warm-up run builds the TypeScript program and loads both rules; its findings are the ones counted.
  const warmUp = await lintOnce(typedCorpusDir, files, typedConfig(true), true);
  assertNoFatalErrors(warmUp.results);
  const measured: LintRun[] = [];
  for (let run = 0; run < runs; run += 1)
    measured.push(await lintOnce(typedCorpusDir, files, typedConfig(run % 2 === 0), true));

  const times = summarizeRuleTimes(measured, [OUR_RULE, BASELINE_RULE]);
  const ours = times.get(OUR_RULE)!;
  const baseline = times.get(BASELINE_RULE)!;
  const ratio = ours.median / baseline.median;
  const met = ratio <= GOAL_RATIO;
  const findings = countFindings(warmUp.results);
  const wall = summarize(measured.map((run) => run.wallMs));

  const markdown = [
    `${TYPED_CORPUS_FILES} generated files (bench/src/typed/generate-corpus.ts, fixed seed; written to bench/.cache/typed-corpus with ` +
      'its own tsconfig.json) of services that switch over `ExchangeErrorCode` and `ExchangeErrorName`: complete, missing retryable ' +
      'cases, by constant, by literal, by name, plus switches over unrelated unions. Linted with `@typescript-eslint/parser` and ' +
      "`projectService`, settings `{ '@exchange-errors': { typeAware: true } }`, both rules enabled in the same run with `stats: true`. " +
      `One warm-up run (program creation), then ${runs} measured runs alternating which rule is listed first. ` +
      `Wall time per run: ${formatSummary(wall, 0)} ms.`,
    '',
    markdownTable(
      ['rule', 'median ms (min–max)', `× ${BASELINE_RULE}`, 'findings', 'goal'],
      [
        [
          `\`${OUR_RULE}\` (typed)`,
          formatSummary(ours),
          formatRatio(ratio),
          String(findings.get(OUR_RULE) ?? 0),
          `≤ ${GOAL_RATIO}× — ${verdict(met)}`,
        ],
        [`\`${BASELINE_RULE}\``, formatSummary(baseline), '1.00×', String(findings.get(BASELINE_RULE) ?? 0), '—'],
      ],
    ),
  ].join('\n');
  return {
    title: 'Type-aware: exhaustive-retryable-switch vs switch-exhaustiveness-check',
    markdown,
    goals: [
      {
        goal: `typed \`exhaustive-retryable-switch\` ≤ ${GOAL_RATIO}× \`switch-exhaustiveness-check\``,
        measured: formatRatio(ratio),
        met,
      },
    ],
  };
}
