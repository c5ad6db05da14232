/**
 * `pnpm fuzz [--count N] [--seed S]`: lints N seeded random programs with every rule of the plugin (see
 * fuzz-rules.ts) and prints every failure with the seed that replays it. Without --seed, a random one is printed.
 */
import { parseArgs } from 'node:util';
import { formatFailure, fuzzRules } from './fuzz-rules.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string' } },
});
const count = Number(values.count);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed) || seed < 0) {
  console.error(`usage: pnpm fuzz [--count N] [--seed S]; got --count ${values.count} --seed ${values.seed}`);
  process.exit(2);
}

console.log(`fuzzing ${count} programs from seed ${seed}`);
const started = performance.now();
const progressStep = Math.max(1, Math.floor(count / 10));
const summary = fuzzRules({
  count,
  seed,
  onProgress: (done) => {
    if (done % progressStep === 0)
      console.log(`  ${done}/${count} programs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of summary.failures) console.log(`\n${formatFailure(failure)}`);
console.log(
  `\n${summary.programs} programs (seeds ${seed}…${seed + count - 1}) in ${seconds} s: ${summary.lintRuns} lint runs, ` +
    `${summary.unparsable} parser runs skipped (program did not parse), ${summary.reports} reports, ` +
    `${summary.fixedOutputs} fixed outputs, ${summary.suggestions} suggestions checked, ${summary.failures.length} failures.`,
);
process.exitCode = summary.failures.length === 0 ? 0 : 1;
