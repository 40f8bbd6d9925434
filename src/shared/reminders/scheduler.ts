import { z } from 'zod';
import { isoDateSchema } from '../model/schemas';
import { clearTimer, setTimer, type TimerHandle } from '../sync/timers';
import { inQuietHours, instantOf, localDateOf, quietHoursEnd, type QuietHours } from './localTime';
import type { ReminderNotice } from './notice';
import type { Reminder } from './reminderList';

/**
 * Fires each reminder once when it is due. The same class runs in Electron's
 * main process (state in a JSON file in userData) and in the web build (state
 * in localStorage, shared by the tabs).
 *
 * - Once: what was notified is kept as id -> due date and saved before the
 *   notification is shown, so a crash or restart never shows it twice; a
 *   follow-up whose due date changes is due again.
 * - Wall clock, not timers: a long setTimeout drifts or stalls across sleep and
 *   clock changes, so the scheduler never waits longer than one short tick
 *   before comparing reminders with Date.now() again, and wake() checks at once
 *   (resume, unlock, a tab shown again).
 * - Quiet hours: nothing is shown in them; what fell due waits until they end.
 * - Several due at once after sleep, quiet hours or a first start come as one
 *   summary; up to MAX_SINGLES due on time come one by one (each with actions).
 */

export const reminderStateSchema = z.strictObject({
  version: z.literal(1),
  /** Reminder id -> the due date it was notified for. */
  notified: z.record(z.string().max(257), isoDateSchema),
  /** Reminder id -> when to remind again, for the due date it was snoozed on. */
  snoozed: z.record(z.string().max(257), z.strictObject({ due: isoDateSchema, until: z.number().int().nonnegative() })),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;

export const emptyReminderState = (): ReminderState => ({ version: 1, notified: {}, snoozed: {} });

export interface ReminderStateStore {
  /** The saved state, unparsed (the scheduler parses it); undefined when there is none. */
  load(): Promise<unknown>;
  save(state: ReminderState): Promise<void>;
}

export interface SchedulerConfig {
  enabled: boolean;
  quietHours: QuietHours;
}

export interface ReminderSchedulerOptions {
  store: ReminderStateStore;
  notify(notice: ReminderNotice): void;
  now?: () => number;
  /** The longest wait between two looks at the wall clock. */
  tickMs?: number;
  /** Other schedulers write the same store (browser tabs): read it again before each check. */
  shared?: boolean;
  /** Runs a check exclusively among the schedulers sharing the store (Web Locks in the browser). */
  exclusive?: (run: () => Promise<void>) => Promise<void>;
  onError?(error: unknown): void;
}

export const DEFAULT_TICK_MS = 30_000;
/** Due longer ago than this when noticed: caught up (after sleep, quiet hours, a start), not on time. */
export const LATE_MS = 5 * 60_000;
export const MAX_SINGLES = 3;
/** Notified entries of follow-ups no longer listed are forgotten this long after their due date. */
const FORGET_AFTER_DAYS = 90;

export class ReminderScheduler {
  private reminders: Reminder[] = [];
  private listed = false;
  private config: SchedulerConfig = { enabled: false, quietHours: { enabled: false, start: '20:00', end: '08:00' } };
  private state: ReminderState = emptyReminderState();
  private readonly ready: Promise<void>;
  private chain: Promise<void> = Promise.resolve();
  private timer: TimerHandle | undefined;
  private stopped = false;
  private readonly now: () => number;
  private readonly tickMs: number;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? (() => Date.now());
    this.tickMs = options.tickMs ?? DEFAULT_TICK_MS;
    this.ready = this.loadState();
  }

  setReminders(reminders: readonly Reminder[]): Promise<void> {
    this.reminders = [...reminders];
    this.listed = true;
    return this.check();
  }

  configure(config: SchedulerConfig): Promise<void> {
    this.config = { enabled: config.enabled, quietHours: { ...config.quietHours } };
    return this.check();
  }

  /** Remind of `id` again at `until` (it stays notified for its due date meanwhile). */
  snooze(id: string, until: number): Promise<void> {
    return this.serial(async () => {
      const reminder = this.reminders.find((r) => r.id === id);
      if (!reminder) return;
      if (this.options.shared) await this.loadState();
      this.state.snoozed[id] = { due: reminder.due, until };
      this.state.notified[id] = reminder.due;
      await this.save();
    }).then(() => this.check());
  }

  /** Looks at the wall clock now: on resume, unlock, a clock change, or a page shown again. */
  wake(): Promise<void> {
    return this.check();
  }

  check(): Promise<void> {
    return this.serial(() => (this.options.exclusive ? this.options.exclusive(() => this.run()) : this.run()));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Resolves when the checks asked for so far are done (their file writes included). */
  idle(): Promise<void> {
    return this.chain;
  }

  /** The saved state, for tests and diagnostics. */
  snapshot(): ReminderState {
    return structuredCloneState(this.state);
  }

  private serial(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(() => this.ready).then(() => (this.stopped ? undefined : step()));
    this.chain = next.catch((error: unknown) => this.options.onError?.(error));
    return this.chain;
  }

  private async loadState(): Promise<void> {
    try {
      const parsed = reminderStateSchema.safeParse(await this.options.store.load());
      this.state = parsed.success ? parsed.data : emptyReminderState();
    } catch (error) {
      this.options.onError?.(error);
      this.state = emptyReminderState();
    }
  }

  private async save(): Promise<void> {
    try {
      await this.options.store.save(structuredCloneState(this.state));
    } catch (error) {
      // Still shown: this session remembers it, only a restart could repeat it.
      this.options.onError?.(error);
    }
  }

  /** When `reminder` should be shown next, or null when it already was for its due date. */
  private dueAt(reminder: Reminder): number | null {
    const snoozed = this.state.snoozed[reminder.id];
    if (snoozed && snoozed.due === reminder.due) return snoozed.until;
    if (this.state.notified[reminder.id] === reminder.due) return null;
    const at = instantOf(reminder.remindAt);
    return Number.isNaN(at) ? null : at;
  }

  private async run(): Promise<void> {
    if (this.timer) clearTimer(this.timer);
    this.timer = undefined;
    if (!this.config.enabled || this.stopped) return;
    if (this.options.shared) await this.loadState();
    const now = this.now();
    if (inQuietHours(now, this.config.quietHours)) {
      this.arm(now, quietHoursEnd(now, this.config.quietHours));
      return;
    }
    const due: Array<{ reminder: Reminder; late: boolean }> = [];
    let next = Number.POSITIVE_INFINITY;
    for (const reminder of this.reminders) {
      const at = this.dueAt(reminder);
      if (at === null) continue;
      if (at <= now) due.push({ reminder, late: now - at > LATE_MS });
      else next = Math.min(next, at);
    }
    if (due.length > 0) {
      for (const { reminder } of due) {
        this.state.notified[reminder.id] = reminder.due;
        delete this.state.snoozed[reminder.id];
      }
      this.forgetOld(now);
      await this.save();
      if (due.length === 1 || (due.length <= MAX_SINGLES && due.every((d) => !d.late))) {
        for (const { reminder } of due) this.options.notify({ kind: 'single', reminder });
      } else {
        this.options.notify({ kind: 'summary', reminders: due.map((d) => d.reminder) });
      }
    }
    this.arm(now, next);
  }

  private arm(now: number, next: number): void {
    if (this.stopped) return;
    const wait = Math.max(0, Math.min(this.tickMs, next - now));
    this.timer = setTimer(() => void this.check(), wait);
  }

  private forgetOld(now: number): void {
    if (!this.listed) return;
    const listed = new Set(this.reminders.map((r) => r.id));
    const cutoff = localDateOf(now - FORGET_AFTER_DAYS * 86_400_000);
    for (const [id, due] of Object.entries(this.state.notified)) {
      if (!listed.has(id) && due < cutoff) delete this.state.notified[id];
    }
    for (const [id, entry] of Object.entries(this.state.snoozed)) {
      if (!listed.has(id) && entry.due < cutoff) delete this.state.snoozed[id];
    }
  }
}

function structuredCloneState(state: ReminderState): ReminderState {
  return { version: 1, notified: { ...state.notified }, snoozed: Object.fromEntries(Object.entries(state.snoozed).map(([k, v]) => [k, { ...v }])) };
}
