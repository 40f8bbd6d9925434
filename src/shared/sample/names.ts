import { shuffle, type Random } from './random';
import { FIRST_NAMES, INITIALS, LAST_NAMES } from './vocabulary';

/**
 * Unique customer names: every first × last combination once, in a shuffled order;
 * past those (10,000), the same order again with a middle initial ("Maya K. Chen").
 * One shuffle of 10,000 indices, then O(1) a name: no retries, no set of used names.
 */
export class UniqueNames {
  private readonly order: Uint16Array;
  private next = 0;

  constructor(random: Random) {
    const indices = Array.from({ length: FIRST_NAMES.length * LAST_NAMES.length }, (_, i) => i);
    this.order = Uint16Array.from(shuffle(random, indices));
  }

  /** The next name; throws past the last one (190,000), far beyond any sample. */
  take(): string {
    const round = Math.floor(this.next / this.order.length);
    const index = this.order[this.next % this.order.length];
    this.next++;
    if (round > INITIALS.length) throw new Error('The sample vocabulary has no more unique names');
    const first = FIRST_NAMES[index % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length)];
    return round === 0 ? `${first} ${last}` : `${first} ${INITIALS[round - 1]}. ${last}`;
  }
}
