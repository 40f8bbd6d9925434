import type * as Y from 'yjs';
import { INTERACTION_KINDS, SENTIMENTS, type FollowUp, type Interaction } from './schemas';
import { readFollowUps, readInteractions } from './customerDoc';
import { mergeBasisOf, type MergeBasis } from '../import/mergeBasis';
import { peopleOfDoc, type DocPeople } from './docPeople';
import { dayNumber, isoFromDayNumber } from '../insights/calendar';
import { deviceTimeZone, eventInstant, type EventDate } from '../dates/eventDate';

/**
 * What the board, Today and Insights need of one customer doc, kept on the device
 * so those views are ready without decoding thousands of customer docs. Derived,
 * never synced; rebuilt whenever the doc changes.
 *
 * Interactions are packed newest first, five numbers each: the date (epoch ms of
 * a date-time, or minus one minus the day number of a date without a time, so the
 * device's zone is applied when unpacking, never baked in), kind index, sentiment
 * index, amount in minor units (NaN when there is none), and its currency as a
 * base-26 number. 100,000 interactions are 4 MB that IndexedDB hands back as one
 * typed array per customer.
 */
export interface CustomerDigest {
  customerId: string;
  /** DIGEST_VERSION when it was built: a digest of another layout is rebuilt, never misread. */
  version?: number;
  interactions: Float64Array;
  followUps: FollowUp[];
  /** For matching imports to existing customers without opening every doc. */
  emails?: string[];
  /** What an import's preview compares (profile, notebook lines, field history), so it decodes no doc. */
  merge?: MergeBasis;
  /** Who the doc names (authors, assignees, editors), so Undo import can tell whether a member it added is still referred to. */
  people?: DocPeople;
}

/**
 * Bump whenever the packing changes. 1 (absent): four numbers, amounts as plain euros, dates as epoch ms.
 * 2: without the merge basis. 3: without the people the doc names. 4: without imported purchases in the merge basis.
 */
export const DIGEST_VERSION = 5;
const STRIDE = 5;

export function isCurrentDigest(digest: CustomerDigest): boolean {
  return digest.version === DIGEST_VERSION;
}

function currencyNumber(code: string): number {
  return (code.charCodeAt(0) - 65) * 676 + (code.charCodeAt(1) - 65) * 26 + (code.charCodeAt(2) - 65);
}

function currencyCode(n: number): string {
  return String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
}

function packDate(when: EventDate): number {
  return when.kind === 'date' ? -1 - dayNumber(when.date) : when.instant;
}

function unpackDate(packed: number): EventDate {
  return packed < 0 ? { kind: 'date', date: isoFromDayNumber(-1 - packed) } : { kind: 'dateTime', instant: packed };
}

export function digestCustomerDoc(customerId: string, doc: Y.Doc): CustomerDigest {
  const interactions = readInteractions(doc).items;
  const packed = new Float64Array(interactions.length * STRIDE);
  interactions.forEach((interaction, i) => {
    const o = i * STRIDE;
    packed[o] = packDate(interaction.when);
    packed[o + 1] = INTERACTION_KINDS.indexOf(interaction.kind);
    packed[o + 2] = SENTIMENTS.indexOf(interaction.sentiment);
    packed[o + 3] = interaction.amount ? interaction.amount.minor : Number.NaN;
    packed[o + 4] = interaction.amount ? currencyNumber(interaction.amount.currency) : Number.NaN;
  });
  const merge = mergeBasisOf(doc);
  const followUps = readFollowUps(doc).items;
  const people = peopleOfDoc(doc, { interactions, followUps });
  return { customerId, version: DIGEST_VERSION, interactions: packed, followUps, emails: merge.profile.emails, merge, people };
}

/**
 * The interactions of a digest as Interaction values for the insight functions.
 * Summaries and authors are not kept (empty); ids keep the newest-first order.
 * A date without a time is placed in `timeZone` exactly as readInteractions does.
 */
export function digestInteractions(digest: CustomerDigest, timeZone = deviceTimeZone()): Interaction[] {
  if (!isCurrentDigest(digest)) return [];
  const count = digest.interactions.length / STRIDE;
  const out: Interaction[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const o = i * STRIDE;
    const minor = digest.interactions[o + 3];
    const when = unpackDate(digest.interactions[o]);
    out[i] = {
      id: `${digest.customerId}#${String(i).padStart(6, '0')}`,
      when,
      at: eventInstant(when, timeZone),
      kind: INTERACTION_KINDS[digest.interactions[o + 1]] ?? 'note',
      sentiment: SENTIMENTS[digest.interactions[o + 2]] ?? 'neutral',
      amount: Number.isNaN(minor) ? null : { minor, currency: currencyCode(digest.interactions[o + 4]) },
      summary: '',
      author: '',
    };
  }
  return out;
}
