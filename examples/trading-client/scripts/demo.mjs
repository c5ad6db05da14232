// The demo: lint the `before/` client with the plugin, show what --fix changes, lint `after/` clean,
// import a second exchange's error page and lint a client of that exchange by it, then run the example's tests,
// which use the matchers. Exits non-zero when any step did not behave as expected.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import exchangeErrors from '@exchange-errors/eslint-plugin';
import { createTwoFilesPatch } from 'diff';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { demoSiblingExchange } from '../sibling-exchange/demo-step.mjs';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (format, text) => (color ? styleText(format, text) : text);
const heading = (text) => console.log(`\n${paint(['bold', 'cyan'], `▶ ${text}`)}\n`);

const typeChecked = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: exampleDir },
    },
  },
  exchangeErrors.configs['recommended-type-checked'],
];

function createLinter(options = {}) {
  return new ESLint({ cwd: exampleDir, overrideConfigFile: true, overrideConfig: typeChecked, ...options });
}

const failures = [];
function expectThat(condition, failure) {
  if (!condition) failures.push(failure);
}

function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function ruleName(ruleId) {
  return ruleId?.replace('@exchange-errors/', '') ?? 'parse error';
}

function summarise(results) {
  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ ...message, file: relative(exampleDir, result.filePath) })),
  );
  const byRule = new Map();
  for (const message of messages) {
    const rule = ruleName(message.ruleId);
    byRule.set(rule, [...(byRule.get(rule) ?? []), message]);
  }
  const count = (rule) => byRule.get(rule)?.length ?? 0;
  const fixable = messages.filter((message) => message.fix !== undefined).length;
  const withSuggestions = messages.filter((message) => message.fix === undefined && message.suggestions?.length).length;
  const listed = (rule) =>
    (byRule.get(rule) ?? []).map((message) => `  • ${message.file}:${message.line} — ${message.message}`);
  const switches = listed('exhaustive-retryable-switch');
  const blindRetries = listed('no-blind-retry');
  console.log(
    [
      `${plural(messages.length, 'finding')}: ${plural(count('no-magic-error-codes'), 'magic error code')}, ` +
        `${plural(count('exhaustive-retryable-switch'), 'switch', 'switches')} missing retryable codes, ` +
        `${plural(count('no-error-message-comparison'), 'comparison')} of message text, ` +
        `${plural(count('no-blind-retry'), 'blind retry', 'blind retries')}. ` +
        `${fixable} can be fixed automatically with --fix; ${withSuggestions} more can be fixed by an editor suggestion.`,
      ...(switches.length > 0 ? ['Switches that miss retryable codes:', ...switches] : []),
      ...(blindRetries.length > 0
        ? ['Codes re-sent without a query although their order may have executed:', ...blindRetries]
        : []),
    ].join('\n'),
  );
  return { messages, count };
}

heading('Linting examples/trading-client/src/before with @exchange-errors recommended-type-checked');
const stylish = await createLinter().loadFormatter('stylish');
const before = await createLinter().lintFiles(['src/before/**/*.ts']);
console.log(await stylish.format(before));
const beforeSummary = summarise(before);
for (const rule of [
  'no-magic-error-codes',
  'exhaustive-retryable-switch',
  'no-error-message-comparison',
  'no-blind-retry',
]) {
  expectThat(beforeSummary.count(rule) > 0, `expected ${rule} to report in before/`);
}

// before/ does not use the catalogue, so recommended leaves numbers the catalogue lacks alone: they may be codes of
// a sibling exchange. strict, for projects that talk to this exchange only, reports them.
heading('Codes the catalogue lacks, reported by @exchange-errors strict');
const strict = await createLinter({ overrideConfig: [typeChecked[0], exchangeErrors.configs.strict] }).lintFiles([
  'src/before/**/*.ts',
]);
const unknownCodes = strict.flatMap((result) =>
  result.messages
    .filter((message) => ruleName(message.ruleId) === 'no-unknown-error-code')
    .map((message) => `  • ${relative(exampleDir, result.filePath)}:${message.line} — ${message.message}`),
);
console.log(unknownCodes.join('\n'));
expectThat(unknownCodes.length > 0, 'expected strict to report the mistyped code in before/');

heading('What `eslint --fix` would change in before/ (nothing is written)');
const fixed = await createLinter({ fix: true }).lintFiles(['src/before/**/*.ts']);
for (const result of fixed.filter((entry) => entry.output !== undefined)) {
  const file = relative(exampleDir, result.filePath);
  const patch = createTwoFilesPatch(
    file,
    file,
    readFileSync(result.filePath, 'utf8'),
    result.output,
    'before',
    'after --fix',
    { context: 1 },
  );
  for (const line of patch.split('\n').slice(2)) {
    console.log(line.startsWith('+') ? paint('green', line) : line.startsWith('-') ? paint('red', line) : line);
  }
}
expectThat(
  fixed.some((entry) => entry.output !== undefined),
  'expected --fix to change before/',
);

heading('Linting examples/trading-client/src/after with the same config');
const after = await createLinter().lintFiles(['src/after/**/*.ts']);
const afterProblems = after.reduce((total, result) => total + result.messages.length, 0);
console.log(
  afterProblems === 0
    ? paint(
        'green',
        '✔ after/ is clean: every code by name, every retryable code handled, reconcile codes queried first.',
      )
    : await stylish.format(after),
);
expectThat(afterProblems === 0, `expected after/ to be clean, found ${afterProblems} problem(s)`);

await demoSiblingExchange({ heading, paint, expectThat });

heading("Running the example's tests (fake exchange on 127.0.0.1, matchers from @exchange-errors/matchers/vitest)");
const vitestManifest = createRequire(import.meta.url).resolve('vitest/package.json');
const vitestBin = join(dirname(vitestManifest), 'vitest.mjs');
const tests = spawnSync(process.execPath, [vitestBin, 'run'], {
  cwd: exampleDir,
  stdio: 'inherit',
});
expectThat(tests.status === 0, `expected the example's tests to pass (vitest exited ${tests.status})`);

if (failures.length > 0) {
  console.error(
    paint('red', `\nThe demo did not behave as expected:\n${failures.map((failure) => `  • ${failure}`).join('\n')}`),
  );
  process.exit(1);
}
console.log(
  paint(
    ['bold', 'green'],
    '\n✔ Demo complete: before/ has the bugs the plugin exists for, after/ is clean and its tests pass.',
  ),
);
