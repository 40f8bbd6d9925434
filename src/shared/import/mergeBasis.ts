import type * as Y from 'yjs';
import type { Profile } from '../model/schemas';
import { profileEditSchema, profileHistoryArray, readProfile } from '../model/customerDoc';
import { notebookLines } from './notebookText';
import { importedPurchaseSums } from './purchases';

/** The profile fields a merge compares and fills. */
export type MergeProfile = Pick<Profile, 'emails' | 'phones' | 'role' | 'address' | 'importantDates' | 'customFields'>;

/**
 * What an import's preview compares of one customer, kept in the customer's
 * digest on this device (DESIGN.md section 3: derived, never synced) so that a
 * preview against 10,000 customers reads no customer doc: decoding them takes
 * about half a millisecond each. Lines and history entries are kept as 53-bit
 * hashes (a few hundred bytes a customer): two different lines share one with
 * odds of about one in 10^15.
 */
export interface MergeBasis {
  profile: MergeProfile;
  /** Hashes of the notebook's lines, normalized (see notebookLines). */
  notebook: Float64Array;
  /** Hashes of the field history's entries (see historyKey). */
  history: Float64Array;
  /** What imports added as purchases, by source, column and currency (see purchaseKey). */
  purchases: Record<string, number>;
}

/** A value in a field's history, as a merge looks it up. */
export const historyKey = (field: string, value: unknown) => `${field}\u0000${JSON.stringify(value)}`;

/** What a merge reads of a doc: the profile, the notebook's normalized lines, the history's keys and the imported purchases. */
export function readMergeSource(doc: Y.Doc): { profile: MergeProfile; lines: string[]; history: string[]; purchases: Record<string, number> } {
  const history: string[] = [];
  profileHistoryArray(doc).forEach((raw) => {
    const parsed = profileEditSchema.safeParse(raw);
    if (parsed.success) history.push(historyKey(parsed.data.field, parsed.data.value));
  });
  const { emails, phones, role, address, importantDates, customFields } = readProfile(doc).profile;
  return { profile: { emails, phones, role, address, importantDates, customFields }, lines: notebookLines(doc), history, purchases: importedPurchaseSums(doc) };
}

export function mergeBasisOf(doc: Y.Doc): MergeBasis {
  const { profile, lines, history, purchases } = readMergeSource(doc);
  return { profile, notebook: Float64Array.from(lines, hash53), history: Float64Array.from(history, hash53), purchases };
}

/** A membership test over a basis's hashes. */
export function hashedLookup(hashes: Float64Array): { has(text: string): boolean } {
  return { has: (text) => hashes.includes(hash53(text)) };
}

/** A stored basis of the expected shape (a digest is local, but may come from an older build or a damaged store). */
export function isMergeBasis(value: unknown): value is MergeBasis {
  if (typeof value !== 'object' || value === null) return false;
  const { profile, notebook, history, purchases } = value as Partial<MergeBasis>;
  if (!(notebook instanceof Float64Array) || !(history instanceof Float64Array) || typeof profile !== 'object' || profile === null) return false;
  if (typeof purchases !== 'object' || purchases === null || !Object.values(purchases).every(Number.isSafeInteger)) return false;
  return (
    Array.isArray(profile.emails) &&
    Array.isArray(profile.phones) &&
    typeof profile.role === 'string' &&
    typeof profile.address === 'string' &&
    Array.isArray(profile.importantDates) &&
    typeof profile.customFields === 'object' &&
    profile.customFields !== null
  );
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash, exact in a double. */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
