import type * as Y from 'yjs';
import { INTERACTION_KINDS, SENTIMENTS, type FollowUp, type Interaction } from './schemas';
import { readFollowUps, readInteractions, readProfile } from './customerDoc';

/**
 * What the board, Today and Insights need of one customer doc, kept on the device
 * so those views are ready without decoding thousands of customer docs. Derived,
 * never synced; rebuilt whenever the doc changes.
 *
 * Interactions are packed newest first, four numbers each: time, kind index,
 * sentiment index, amount (NaN when there is none). 100,000 interactions are
 * 3 MB that IndexedDB hands back as one typed array per customer.
 */
export interface CustomerDigest {
  customerId: string;
  interactions: Float64Array;
  followUps: FollowUp[];
  /** For matching imports to existing customers without opening every doc. */
  emails?: string[];
}

const STRIDE = 4;

export function digestCustomerDoc(customerId: string, doc: Y.Doc): CustomerDigest {
  const interactions = readInteractions(doc).items;
  const packed = new Float64Array(interactions.length * STRIDE);
  interactions.forEach((interaction, i) => {
    packed[i * STRIDE] = interaction.at;
    packed[i * STRIDE + 1] = INTERACTION_KINDS.indexOf(interaction.kind);
    packed[i * STRIDE + 2] = SENTIMENTS.indexOf(interaction.sentiment);
    packed[i * STRIDE + 3] = interaction.amount ?? Number.NaN;
  });
  return { customerId, interactions: packed, followUps: readFollowUps(doc).items, emails: readProfile(doc).profile.emails };
}

/**
 * The interactions of a digest as Interaction values for the insight functions.
 * Summaries and authors are not kept (empty); ids keep the newest-first order.
 */
export function digestInteractions(digest: CustomerDigest): Interaction[] {
  const count = digest.interactions.length / STRIDE;
  const out: Interaction[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const amount = digest.interactions[i * STRIDE + 3];
    out[i] = {
      id: `${digest.customerId}#${String(i).padStart(6, '0')}`,
      at: digest.interactions[i * STRIDE],
      kind: INTERACTION_KINDS[digest.interactions[i * STRIDE + 1]] ?? 'note',
      sentiment: SENTIMENTS[digest.interactions[i * STRIDE + 2]] ?? 'neutral',
      amount: Number.isNaN(amount) ? null : amount,
      summary: '',
      author: '',
    };
  }
  return out;
}
