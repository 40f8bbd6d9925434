import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../files/fileIo';
import { defaultChannelFor, updateChannelSchema } from './policy';

/** In userData: the update channel the user chose and what this install has seen of updates. */
export const UPDATE_STATE_FILE = 'update-state.json';

const updateStateSchema = z.object({
  channel: updateChannelSchema,
  /** The version that first ran on this machine (the install). */
  installedVersion: z.string().max(64),
  /** The downloaded version the user was already asked about, so the question comes once. */
  promptedVersion: z.string().max(64).nullable().default(null),
});
export type UpdateState = z.infer<typeof updateStateSchema>;

export interface UpdateStateStore {
  /** The state, and whether this is the first run of the install (no state file yet). */
  load(): Promise<{ state: UpdateState; firstRun: boolean }>;
  save(state: UpdateState): Promise<void>;
}

/**
 * A missing file means a new install: it is written at once, so only that very first run skips
 * the update check. An unreadable or invalid file is not a new install (something wrote it): it
 * reads as the defaults and checks go on.
 */
export function updateStateFile(path: string, appVersion: string): UpdateStateStore {
  const defaults = (): UpdateState => ({ channel: defaultChannelFor(appVersion), installedVersion: appVersion, promptedVersion: null });
  const save = (state: UpdateState) => writeFileAtomic(path, `${JSON.stringify(updateStateSchema.parse(state))}\n`);
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { state: defaults(), firstRun: false };
        const state = defaults();
        await save(state);
        return { state, firstRun: true };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { state: defaults(), firstRun: false };
      }
      const parsed = updateStateSchema.safeParse(json);
      return { state: parsed.success ? parsed.data : defaults(), firstRun: false };
    },
    save,
  };
}
