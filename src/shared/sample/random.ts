/** A small seeded PRNG (mulberry32): the same seed makes the same sample workspace everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A stable id-like string (hex), so sample ids are deterministic too. */
  id(): string {
    let out = '';
    for (let i = 0; i < 4; i++) out += Math.floor(this.next() * 0x10000).toString(16).padStart(4, '0');
    return out;
  }
}

/**
 * Draws without replacement from a shuffled deck of weighted values, refilled when
 * empty: every full deck holds each value exactly its weight's number of times, so
 * even a small sample has the intended mix (40 customers always include a few
 * advocates), while the order stays random.
 */
export class Deck<T> {
  private cards: T[] = [];

  constructor(
    private readonly random: Random,
    private readonly weights: readonly (readonly [T, number])[],
  ) {}

  draw(): T {
    if (this.cards.length === 0) {
      for (const [value, weight] of this.weights) for (let i = 0; i < weight; i++) this.cards.push(value);
      shuffle(this.random, this.cards);
    }
    return this.cards.pop()!;
  }
}

/** Fisher-Yates, in place. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}
