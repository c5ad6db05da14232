import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { generateRandomJS } from 'eslump';
import * as espree from 'espree';
import plugin from '../../src/index.js';
import { codeContextProgram } from './code-context-program.js';
import { seededRandom, withSeededMathRandom, type Random } from './seeded-random.js';

const PREFIX = '@exchange-errors';
type SourceType = 'module' | 'script' | 'commonjs';
type ParserName = 'espree' | 'typescript-eslint';

/** One program to lint: its text and every parser that should read it. */
interface FuzzCase {
  readonly seed: number;
  readonly generator: 'eslump' | 'code-context';
  readonly text: string;
  readonly extension: 'js' | 'ts';
  readonly sourceType: SourceType;
}

export interface FuzzFailure {
  readonly seed: number;
  readonly problem:
    'crash' | 'fixed output does not parse' | 'second fix pass changed the output' | 'suggestion output does not parse';
  readonly ruleSet: string;
  readonly parser: ParserName;
  readonly detail: string;
  readonly program: string;
  /** The fixed or suggested text that failed, when there is one. */
  readonly output?: string;
}

export interface FuzzSummary {
  readonly programs: number;
  /** Program × parser × rule set runs. */
  readonly lintRuns: number;
  /** Parser runs skipped because the generated program itself did not parse (eslump writes some early errors). */
  readonly unparsable: number;
  readonly reports: number;
  readonly fixedOutputs: number;
  readonly suggestions: number;
  readonly failures: readonly FuzzFailure[];
}

/**
 * Rule sets to run: every rule with its default options, plus every exported config that needs no type
 * information (the fuzzer has no TypeScript program), skipping configs with the same rules as an earlier set.
 */
function ruleSets(): Map<string, Linter.RulesRecord> {
  const sets = new Map<string, Linter.RulesRecord>([
    ['every rule', Object.fromEntries(Object.keys(plugin.rules).map((name) => [`${PREFIX}/${name}`, 'error']))],
  ]);
  for (const [name, config] of Object.entries(plugin.configs)) {
    const settings = config.settings?.[PREFIX] as { typeAware?: boolean } | undefined;
    const rules = config.rules as Linter.RulesRecord;
    const seen = [...sets.values()].some((other) => JSON.stringify(other) === JSON.stringify(rules));
    if (settings?.typeAware !== true && !seen) sets.set(name, rules);
  }
  return sets;
}

function parse(parser: ParserName, text: string, sourceType: SourceType, filename: string): void {
  if (parser === 'espree') espree.parse(text, { ecmaVersion: 'latest', sourceType });
  else
    tsParser.parse(text, {
      ecmaVersion: 'latest',
      sourceType: sourceType === 'commonjs' ? 'script' : sourceType,
      filePath: filename,
    });
}

function linterConfig(parser: ParserName, sourceType: SourceType, rules: Linter.RulesRecord): Linter.Config[] {
  return [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType,
        ...(parser === 'typescript-eslint' ? { parser: tsParser as Linter.Parser } : {}),
      },
      plugins: { [PREFIX]: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules,
    },
  ];
}

function eslumpProgram(random: Random, seed: number): FuzzCase {
  const sourceType: 'module' | 'script' = random.chance(0.5) ? 'module' : 'script';
  const options = {
    sourceType,
    maxDepth: 3 + random.int(5),
    comments: random.chance(0.5),
    whitespace: random.chance(0.5),
  };
  const text = withSeededMathRandom(random, () => generateRandomJS(options));
  return { seed, generator: 'eslump', text, extension: 'js', sourceType };
}

/** The program for one seed: half from eslump, half code-context programs. Same seed, same program. */
export function programForSeed(seed: number): FuzzCase {
  const random = seededRandom(seed);
  if (random.chance(0.5)) return eslumpProgram(random, seed);
  const program = codeContextProgram(random);
  return {
    seed,
    generator: 'code-context',
    text: program.text,
    extension: program.language,
    sourceType: program.sourceType,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Lints `count` programs, from seeds `seed`, `seed + 1`, …, with every rule set and every parser that reads them,
 * applies fixes and suggestions, and checks: no rule throws, every fixed output and every suggestion output
 * parses, and a second fix pass changes nothing.
 */
export function fuzzRules({
  count,
  seed,
  onProgress,
}: {
  count: number;
  seed: number;
  onProgress?: (done: number) => void;
}): FuzzSummary {
  const linter = new Linter({ configType: 'flat' });
  const sets = ruleSets();
  const failures: FuzzFailure[] = [];
  let lintRuns = 0;
  let unparsable = 0;
  let reports = 0;
  let fixedOutputs = 0;
  let suggestions = 0;

  for (let offset = 0; offset < count; offset += 1) {
    const program = programForSeed((seed + offset) >>> 0);
    const filename = `fuzz.${program.extension}`;
    const parsers: ParserName[] = program.extension === 'ts' ? ['typescript-eslint'] : ['espree', 'typescript-eslint'];
    for (const parser of parsers) {
      try {
        parse(parser, program.text, program.sourceType, filename);
      } catch {
        unparsable += 1;
        continue;
      }
      for (const [ruleSet, rules] of sets) {
        lintRuns += 1;
        const config = linterConfig(parser, program.sourceType, rules);
        const fail = (problem: FuzzFailure['problem'], detail: string, output?: string) =>
          failures.push({
            seed: program.seed,
            problem,
            ruleSet,
            parser,
            detail,
            program: program.text,
            ...(output === undefined ? {} : { output }),
          });
        try {
          const messages = linter.verify(program.text, config, { filename });
          reports += messages.length;
          for (const message of messages) {
            for (const suggestion of message.suggestions ?? []) {
              suggestions += 1;
              const { range, text } = suggestion.fix;
              const output = program.text.slice(0, range[0]) + text + program.text.slice(range[1]);
              try {
                parse(parser, output, program.sourceType, filename);
              } catch (error) {
                fail(
                  'suggestion output does not parse',
                  `${message.ruleId} "${suggestion.desc}": ${errorText(error).split('\n')[0]}`,
                  output,
                );
              }
            }
          }
          const first = linter.verifyAndFix(program.text, config, { filename });
          if (!first.fixed) continue;
          fixedOutputs += 1;
          try {
            parse(parser, first.output, program.sourceType, filename);
          } catch (error) {
            fail('fixed output does not parse', errorText(error).split('\n')[0] ?? '', first.output);
            continue;
          }
          const second = linter.verifyAndFix(first.output, config, { filename });
          if (second.fixed) fail('second fix pass changed the output', second.output, first.output);
        } catch (error) {
          fail('crash', errorText(error));
        }
      }
    }
    onProgress?.(offset + 1);
  }
  return { programs: count, lintRuns, unparsable, reports, fixedOutputs, suggestions, failures };
}

/** A failure as the CLI and the test print it: what failed, how to replay it, the program and the output. */
export function formatFailure(failure: FuzzFailure): string {
  return [
    `${failure.problem} [${failure.ruleSet}, ${failure.parser}] seed ${failure.seed} — replay: pnpm fuzz --seed ${failure.seed} --count 1`,
    failure.detail,
    '--- program ---',
    failure.program,
    ...(failure.output === undefined ? [] : ['--- output ---', failure.output]),
  ].join('\n');
}
