import { describe, expect, it } from 'vitest';
import { formatFailure, fuzzRules, programForSeed } from './fuzz/fuzz-rules.js';

/** A small seeded run of the rule fuzzer; `pnpm fuzz --count N` runs large ones. */
const SEED = 20_240_607;
const COUNT = 80;

describe('rule fuzzing', () => {
  it('same seed, same program', () => {
    for (const seed of [SEED, SEED + 1, SEED + 2]) expect(programForSeed(seed)).toEqual(programForSeed(seed));
    expect(programForSeed(SEED).text).not.toBe(programForSeed(SEED + 1).text);
  });

  it(`${COUNT} seeded programs: no rule throws, fixed and suggested outputs parse, a second fix pass changes nothing`, () => {
    const summary = fuzzRules({ count: COUNT, seed: SEED });
    expect(summary.failures.map(formatFailure)).toEqual([]);
    // The run must reach the report, fix and suggestion paths, or passing proves nothing.
    expect(summary.reports).toBeGreaterThan(COUNT);
    expect(summary.fixedOutputs).toBeGreaterThan(COUNT / 10);
    expect(summary.suggestions).toBeGreaterThan(COUNT);
    expect(summary.unparsable).toBeLessThan(summary.lintRuns);
  }, 60_000);
});
