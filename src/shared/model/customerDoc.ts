import type * as Y from 'yjs';
import {
  followUpSchema,
  interactionSchema,
  LEGACY_CURRENCY,
  profileFieldSchemas,
  type FollowUp,
  type Interaction,
  type Profile,
  type ProfileField,
} from './schemas';
import { deviceTimeZone, eventInstant, readEventDate, storeEventDate, type EventDate, type StoredEventDate } from '../dates/eventDate';
import { moneyFromLegacy, type Money } from '../money/money';
import { parseField, type InvalidField } from './validation';
import { z } from 'zod';
import { timestampSchema } from './schemas';
import { appendLog } from './appendLog';

/**
 * The customer doc, one per customer. Top-level types:
 * - `root`: Y.XmlText — the Lexical notebook, as @lexical/yjs lays it out.
 * - `profile`: Y.Map — one key per profile field, so concurrent edits of
 *   different fields merge.
 * - `interactions`, `followUps`: Y.Map<id, plain object> — edited and deleted by id.
 */
export const CD_ROOT = 'root';
export const CD_PROFILE = 'profile';
export const CD_INTERACTIONS = 'interactions';
export const CD_FOLLOW_UPS = 'followUps';
export const CD_PROFILE_HISTORY = 'profileHistory';

export const PROFILE_FIELDS = Object.keys(profileFieldSchemas) as ProfileField[];

export const EMPTY_PROFILE: Profile = {
  emails: [],
  phones: [],
  address: '',
  role: '',
  habits: '',
  preferences: '',
  likes: '',
  dislikes: '',
  reasonsForBuying: '',
  importantDates: [],
  customFields: {},
};

export interface ProfileRead {
  profile: Profile;
  invalid: InvalidField[];
  /** Keys this version does not know (a newer version wrote them); kept untouched. */
  unknown: Record<string, unknown>;
}

export function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CD_PROFILE);
}

export function readProfile(doc: Y.Doc): ProfileRead {
  const map = profileMap(doc);
  const profile: Record<string, unknown> = { ...EMPTY_PROFILE };
  const invalid: InvalidField[] = [];
  const unknown: Record<string, unknown> = {};
  map.forEach((raw, key) => {
    if (!(key in profileFieldSchemas)) {
      unknown[key] = raw;
      return;
    }
    const field = key as ProfileField;
    const parsed = parseField(field, profileFieldSchemas[field] as never, raw);
    if (parsed.ok) profile[field] = parsed.value;
    else invalid.push(parsed.invalid);
  });
  return { profile: profile as Profile, invalid, unknown };
}

export function setProfileField<K extends ProfileField>(doc: Y.Doc, field: K, value: Profile[K], origin?: unknown): void {
  const parsed = profileFieldSchemas[field].safeParse(value);
  if (!parsed.success) throw new Error(`Invalid ${field}: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  doc.transact(() => profileMap(doc).set(field, parsed.data), origin);
}

function readRecords<T>(
  map: Y.Map<unknown>,
  schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } },
  label: string,
): { items: (T & { id: string })[]; invalid: InvalidField[] } {
  const items: (T & { id: string })[] = [];
  const invalid: InvalidField[] = [];
  map.forEach((raw, id) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push({ ...parsed.data, id });
    else invalid.push({ field: `${label}.${id}`, raw, message: parsed.error.issues[0]?.message ?? 'invalid' });
  });
  return { items, invalid };
}

export function interactionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CD_INTERACTIONS);
}

export function followUpsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CD_FOLLOW_UPS);
}

/**
 * One stored interaction as views read it: the date parsed (with its time only if
 * one was given), amounts of earlier versions (plain numbers of euros) as Money.
 * `timeZone` places a date without a time for ordering and figures.
 */
export function readInteraction(id: string, raw: unknown, timeZone: string): { ok: true; value: Interaction } | { ok: false; invalid: InvalidField } {
  const parsed = interactionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, invalid: { field: `interactions.${id}`, raw, message: parsed.error.issues[0]?.message ?? 'invalid' } };
  const { at: storedAt, amount: storedAmount, ...rest } = parsed.data;
  // Both parse: the schema refused everything they would not read.
  const when = readEventDate(storedAt)!;
  const amount = typeof storedAmount === 'number' ? moneyFromLegacy(storedAmount, LEGACY_CURRENCY)! : storedAmount;
  return { ok: true, value: { ...rest, id, when, at: eventInstant(when, timeZone), amount } };
}

/** Interactions, newest first. Invalid records are reported and left in the doc. */
export function readInteractions(doc: Y.Doc, timeZone = deviceTimeZone()): { items: Interaction[]; invalid: InvalidField[] } {
  const items: Interaction[] = [];
  const invalid: InvalidField[] = [];
  interactionsMap(doc).forEach((raw, id) => {
    const read = readInteraction(id, raw, timeZone);
    if (read.ok) items.push(read.value);
    else invalid.push(read.invalid);
  });
  items.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  return { items, invalid };
}

/**
 * What putInteraction takes: a read interaction (its `when` is stored, its derived
 * `at` ignored), or a record with `at` in its stored form (a date, a date-time with
 * offset, epoch ms). Other keys (written by newer versions) are kept.
 */
export interface InteractionInput {
  [key: string]: unknown;
  kind: Interaction['kind'];
  summary: string;
  sentiment: Interaction['sentiment'];
  author: string;
  when?: EventDate;
  at?: StoredEventDate;
  amount: Money | null;
}

export function putInteraction(doc: Y.Doc, id: string, value: InteractionInput, origin?: unknown): void {
  // A read interaction's id and derived instant are not stored: the map key is the id, `when` the date.
  const { when, at, id: _id, ...rest } = value;
  const record = { ...rest, at: when ? storeEventDate(when) : at };
  const parsed = interactionSchema.safeParse(record);
  if (!parsed.success) throw new Error(`Invalid interaction: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  doc.transact(() => interactionsMap(doc).set(id, parsed.data), origin);
}

export function deleteInteraction(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => interactionsMap(doc).delete(id), origin);
}

/** Follow-ups, soonest due first. */
export function readFollowUps(doc: Y.Doc): { items: FollowUp[]; invalid: InvalidField[] } {
  const result = readRecords(followUpsMap(doc), followUpSchema, 'followUps');
  result.items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
  return result;
}

export function putFollowUp(doc: Y.Doc, id: string, value: Omit<FollowUp, 'id'>, origin?: unknown): void {
  const parsed = followUpSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid follow-up: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  doc.transact(() => followUpsMap(doc).set(id, parsed.data), origin);
}

export function deleteFollowUp(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => followUpsMap(doc).delete(id), origin);
}

/**
 * Every finished edit of a profile field (value, when, who), append-only. When
 * two people edit the same field at once, the profile keeps one value (Yjs
 * decides, the same on every device) and the history keeps both, so nothing
 * anyone typed is lost and the other value can be restored.
 */
export const profileEditSchema = z.looseObject({
  field: z.string().max(100),
  value: z.unknown(),
  at: timestampSchema,
  by: z.string().max(200),
});
export type ProfileEdit = z.infer<typeof profileEditSchema>;

export function profileHistoryArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(CD_PROFILE_HISTORY);
}

export function recordProfileEdit(doc: Y.Doc, field: ProfileField, value: unknown, by: string, at = Date.now(), origin?: unknown): void {
  doc.transact(() => appendLog(profileHistoryArray(doc), [{ field, value, at, by }]), origin);
}

/** The edits of one field, newest first (invalid entries are skipped: they hold nothing to restore). */
export function readFieldHistory(doc: Y.Doc, field: string): ProfileEdit[] {
  const out: ProfileEdit[] = [];
  profileHistoryArray(doc).forEach((raw) => {
    const parsed = profileEditSchema.safeParse(raw);
    if (parsed.success && parsed.data.field === field) out.push(parsed.data);
  });
  return out.sort((a, b) => b.at - a.at || (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
}
