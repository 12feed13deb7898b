// A small seeded pseudo-random generator for the benchmark corpus.
//
// Why not Math.random: the corpus must be the same bytes on every machine and every run, so that
// timings are comparable across commits and the findings snapshot (findings-snapshot.json) can
// prove an optimisation changed nothing. mulberry32 is a well-known 32-bit generator (public
// domain, by Tommy Ettinger): one multiply-xorshift per number, good enough statistics for picking
// phrases, and trivially reproducible from a single integer seed.

/** Returns a function that yields floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience helpers over a seeded generator. */
export class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }

  /** true with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /** An integer in [min, max], both inclusive. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in random order (count is capped at items.length). */
  sample(items, count) {
    const pool = [...items];
    const result = [];
    while (result.length < count && pool.length > 0) {
      result.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return result;
  }

  /** Picks a key of `weights` ({ key: weight }) in proportion to its weight. */
  weighted(weights) {
    const entries = Object.entries(weights);
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }
}
