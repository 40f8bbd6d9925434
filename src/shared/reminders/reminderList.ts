import { z } from 'zod';
import { isoDateSchema, type FollowUp } from '../model/schemas';
import { localDateTime, type LocalDateTime } from './localTime';
import type { TimeOfDay } from './settings';

/**
 * The reminder list: one entry per open follow-up, computed on this device
 * from the customer digests (DESIGN.md section 3: derived, never synced). The
 * renderer sends it to main (desktop) or hands it to the page's scheduler (web).
 *
 * The model's follow-up `due` is a calendar date only (schemas.ts: no time of
 * day), so every reminder is at the default time on its due date.
 */

const id = z.string().min(1).max(128);

export const reminderSchema = z.strictObject({
  /** `${customerId}/${followUpId}`: stable across edits of text and due. */
  id: z.string().min(3).max(257),
  customerId: id,
  followUpId: id,
  customerName: z.string().max(200),
  text: z.string().max(5000),
  /** The follow-up's due date; a different one is a new reminder (dedupe key). */
  due: isoDateSchema,
  /** When to remind, as local wall time. */
  remindAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'expected YYYY-MM-DDTHH:mm'),
});
export type Reminder = z.infer<typeof reminderSchema> & { remindAt: LocalDateTime };

export const MAX_REMINDERS = 10_000;

export function reminderId(customerId: string, followUpId: string): string {
  return `${customerId}/${followUpId}`;
}

export interface ReminderListOptions {
  defaultTime: TimeOfDay;
  /** When set, only follow-ups assigned to one of these (the user's id and name) or to nobody. */
  assignees?: readonly string[];
}

interface CardLike {
  id: string;
  name: string;
  archived: boolean;
}

/**
 * Open follow-ups of customers that are not archived, earliest first (so a
 * list cut at MAX_REMINDERS keeps the ones that matter soonest).
 */
export function buildReminderList(
  cards: Iterable<CardLike>,
  followUpsOf: (customerId: string) => readonly FollowUp[] | undefined,
  options: ReminderListOptions,
): Reminder[] {
  const mine = options.assignees ? new Set(options.assignees) : null;
  const out: Reminder[] = [];
  for (const card of cards) {
    if (card.archived) continue;
    for (const followUp of followUpsOf(card.id) ?? []) {
      if (followUp.done) continue;
      if (mine && followUp.assignee !== '' && !mine.has(followUp.assignee)) continue;
      const entry = {
        id: reminderId(card.id, followUp.id),
        customerId: card.id,
        followUpId: followUp.id,
        customerName: card.name.slice(0, 200),
        text: followUp.text,
        due: followUp.due,
        remindAt: localDateTime(followUp.due, options.defaultTime),
      };
      // Digests hold parsed follow-ups, but ids come from map keys: keep only what main will accept.
      if (reminderSchema.safeParse(entry).success) out.push(entry);
    }
  }
  out.sort((a, b) => (a.remindAt < b.remindAt ? -1 : a.remindAt > b.remindAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out.slice(0, MAX_REMINDERS);
}
