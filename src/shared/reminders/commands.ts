import { z } from 'zod';
import { isoDateSchema } from '../model/schemas';

/**
 * Commands main sends the renderer about reminders (REMINDER_COMMAND_CHANNEL):
 * a notification clicked (open the customer, or Today for a summary), "Done"
 * pressed on one (the renderer owns the docs, so it marks the follow-up done),
 * and the tray's and the global shortcut's "Quick note…". The renderer parses
 * each with this schema: nothing from another process is trusted unparsed.
 */
const id = z.string().min(1).max(128);

export const reminderCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open-customer'), workspaceId: id, customerId: id }),
  z.strictObject({ type: z.literal('mark-done'), workspaceId: id, customerId: id, followUpId: id, due: isoDateSchema }),
  z.strictObject({ type: z.literal('open-today') }),
  z.strictObject({ type: z.literal('quick-note') }),
]);
export type ReminderCommand = z.infer<typeof reminderCommandSchema>;

/** What main reports back on configure: what is true on this machine, for Settings. */
export interface ReminderStatus {
  /** Notification.isSupported() in main. */
  notifications: boolean;
  /** Snooze and Done buttons on notifications (macOS, Windows); elsewhere click only. */
  actions: boolean;
  tray: 'off' | 'shown' | 'failed';
  shortcut: { state: 'off' | 'registered' | 'refused'; accelerator: string; message?: string };
}
