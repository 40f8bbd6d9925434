import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/fileIo';
import { parseWindowState, serializeWindowState, type WindowState } from './schema';

export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads the saved state; a missing, unreadable or invalid file reads as none. */
export async function loadWindowState(path: string): Promise<WindowState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseWindowState(text);
}

export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeFileAtomic(path, serializeWindowState(state));
}

/**
 * Turns a stream of "the window moved" events into at most one write per
 * `delayMs`, plus a final flush on close. The clock is injectable for tests.
 */
export function createWindowStateSaver(options: {
  save: (state: WindowState) => Promise<void>;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}) {
  const delay = options.delayMs ?? 500;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let pending: WindowState | undefined;
  let timer: unknown;
  const flush = async (): Promise<void> => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const state = pending;
    pending = undefined;
    if (state) await options.save(state);
  };
  return {
    update(state: WindowState): void {
      pending = state;
      if (timer === undefined) timer = setTimer(() => void flush().catch(() => undefined), delay);
    },
    flush,
  };
}
