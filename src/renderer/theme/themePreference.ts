import { z } from 'zod';

/** What Settings -> Appearance offers: follow the system, or pin light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const themeSchema = z.enum(THEMES);
/** Per device (not per workspace): it is how this screen looks, not shared data. */
const STORAGE_KEY = 'rapport:theme';
const listeners = new Set<(theme: Theme) => void>();

/** The stored choice; anything unreadable (another version, a hand edit) is "system". */
export function readTheme(storage: Pick<Storage, 'getItem'> = localStorage): Theme {
  try {
    const parsed = themeSchema.safeParse(storage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Applies a choice to the page: tokens.css pins color-scheme for "light" and
 * "dark"; "system" removes the attribute so the OS setting (and an emulated
 * prefers-color-scheme) decides.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be full or blocked: the choice still applies to this page.
  }
  applyTheme(theme);
  for (const listener of listeners) listener(theme);
}

export function onThemeChange(listener: (theme: Theme) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Another window or tab changed the choice: follow it. */
export function followThemeElsewhere(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    const theme = readTheme();
    applyTheme(theme);
    for (const listener of listeners) listener(theme);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
