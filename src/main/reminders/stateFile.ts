import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/fileIo';
import { reminderStateSchema, type ReminderState, type ReminderStateStore } from '../../shared/reminders/scheduler';

/** In userData: which follow-ups were notified (for which due date) and which are snoozed. */
export const REMINDER_STATE_FILE = 'reminders-state.json';

/**
 * The scheduler's memory across restarts, as a small JSON file written
 * atomically (a crash leaves the old file or the new one). A missing, unreadable
 * or invalid file reads as none: then the worst case is a repeated reminder,
 * never a crash.
 */
export function reminderStateFile(path: string): ReminderStateStore {
  return {
    async load(): Promise<ReminderState | undefined> {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return undefined;
      }
      try {
        const parsed = reminderStateSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async save(state: ReminderState): Promise<void> {
      await writeFileAtomic(path, `${JSON.stringify(reminderStateSchema.parse(state))}\n`);
    },
  };
}
