/** A seeded source of randomness: the same seed gives the same program on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  int(bound: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32, as in bench/src/typed/generate-corpus.ts: tiny, fast, and good enough for picking fragments. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (bound: number): number => Math.floor(next() * bound);
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    sample: (items, count) => {
      const pool = [...items];
      const chosen: (typeof items)[number][] = [];
      while (chosen.length < count && pool.length > 0)
        chosen.push(pool.splice(int(pool.length), 1)[0] as (typeof items)[number]);
      return chosen;
    },
  };
}

/**
 * Runs `generate` with `Math.random` replaced by the seeded generator. eslump (and shift-fuzzer under it) draw
 * every choice from `Math.random` and take no seed, so this is what makes its programs reproducible.
 */
export function withSeededMathRandom<T>(random: Random, generate: () => T): T {
  const original = Math.random;
  Math.random = random.next;
  try {
    return generate();
  } finally {
    Math.random = original;
  }
}
