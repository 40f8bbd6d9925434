import { z } from 'zod';

/** Today shows what is assigned to me, or everyone's (mine first). Remembered on this device. */
export type TodayScope = 'mine' | 'everyone';

const KEY = 'rapport:today-scope';
const scopeSchema = z.enum(['mine', 'everyone']);

export function readTodayScope(): TodayScope {
  try {
    const parsed = scopeSchema.safeParse(localStorage.getItem(KEY));
    return parsed.success ? parsed.data : 'everyone';
  } catch {
    return 'everyone';
  }
}

export function saveTodayScope(scope: TodayScope): void {
  try {
    localStorage.setItem(KEY, scope);
  } catch {
    // Storage refused (private mode): the choice lasts for this page.
  }
}
