import { z } from 'zod';

/**
 * Reminder settings, kept on this device (never synced: quiet hours and a
 * global shortcut belong to a machine, not to a workspace). The renderer stores
 * them and sends them to main, which parses them again.
 */

/** A local wall-clock time, 'HH:mm' (24 h). */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

/**
 * An Electron accelerator: modifiers and one key joined by '+', at least one
 * modifier (a bare key registered system-wide would swallow ordinary typing).
 */
const MODIFIER = '(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY = '([A-Za-z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Plus|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|Tab)';
export const acceleratorSchema = z
  .string()
  .max(64)
  .regex(new RegExp(`^(${MODIFIER}\\+){1,4}${KEY}$`), 'expected modifiers and a key, e.g. CommandOrControl+Alt+R');

export const DEFAULT_SHORTCUT = 'CommandOrControl+Alt+R';

export const reminderSettingsSchema = z.strictObject({
  /** Off until the user turns it on: the web build asks for permission at that moment. */
  enabled: z.boolean(),
  /** When a follow-up due on a date with no time is reminded, on that date. */
  defaultTime: timeOfDaySchema,
  /** Only follow-ups assigned to this user (or to nobody). */
  onlyMine: z.boolean(),
  /** Reminders falling in [start, end) wait until `end`; start > end spans midnight. */
  quietHours: z.strictObject({ enabled: z.boolean(), start: timeOfDaySchema, end: timeOfDaySchema }),
  /** Desktop only: an icon in the tray / menu bar with "Quick note…" and "Today". */
  tray: z.boolean(),
  /** Desktop only: a system-wide quick-capture shortcut, opt-in. */
  shortcut: z.strictObject({ enabled: z.boolean(), accelerator: acceleratorSchema }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  defaultTime: '09:00',
  onlyMine: true,
  quietHours: { enabled: true, start: '20:00', end: '08:00' },
  tray: false,
  shortcut: { enabled: false, accelerator: DEFAULT_SHORTCUT },
};

/**
 * Settings read back from storage: each field that fails its schema falls back
 * to its default on its own, so one bad value (an older or newer version wrote
 * it) never resets the rest.
 */
export function readReminderSettings(raw: unknown): ReminderSettings {
  const d = DEFAULT_REMINDER_SETTINGS;
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  const quiet = (typeof o.quietHours === 'object' && o.quietHours !== null ? o.quietHours : {}) as Record<string, unknown>;
  const shortcut = (typeof o.shortcut === 'object' && o.shortcut !== null ? o.shortcut : {}) as Record<string, unknown>;
  return {
    enabled: pick(z.boolean(), o.enabled, d.enabled),
    defaultTime: pick(timeOfDaySchema, o.defaultTime, d.defaultTime),
    onlyMine: pick(z.boolean(), o.onlyMine, d.onlyMine),
    quietHours: {
      enabled: pick(z.boolean(), quiet.enabled, d.quietHours.enabled),
      start: pick(timeOfDaySchema, quiet.start, d.quietHours.start),
      end: pick(timeOfDaySchema, quiet.end, d.quietHours.end),
    },
    tray: pick(z.boolean(), o.tray, d.tray),
    shortcut: {
      enabled: pick(z.boolean(), shortcut.enabled, d.shortcut.enabled),
      accelerator: pick(acceleratorSchema, shortcut.accelerator, d.shortcut.accelerator),
    },
  };
}
