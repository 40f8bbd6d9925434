/**
 * When a webContents may hand a link to the operating system
 * (shell.openExternal): only right after the user clicked, tapped or pressed
 * a key in it, and at most once per second.
 *
 * Electron 45 tells no user gesture on will-navigate or setWindowOpenHandler
 * (their details carry url, frame, disposition, referrer; `userGesture` exists
 * only on display-media requests and downloads). So the gesture is observed in
 * main, where a page cannot forge it: the webContents 'input-event' reports
 * every input event the browser sends to the page. A gesture counts for
 * GESTURE_LIFESPAN_MS (Chromium's transient activation also lasts 5 s) and is
 * used up by one external open, so one click opens at most one browser window;
 * the interval caps what a stream of keystrokes could open.
 */
export const GESTURE_LIFESPAN_MS = 5000;
export const MIN_EXTERNAL_INTERVAL_MS = 1000;

/** Input event types (Electron InputEvent.type) that are a user's activation, as Chromium counts them. */
const ACTIVATING_INPUT = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd', 'pointerDown', 'pointerUp']);

export function isActivatingInput(type: string | undefined): boolean {
  return type !== undefined && ACTIVATING_INPUT.has(type);
}

export type ExternalOpenDecision = { allow: true } | { allow: false; reason: 'no-user-gesture' | 'rate-limited' };

export interface ExternalOpenGate {
  /** An input event reached the webContents at `now` (ms). */
  noteInput(type: string | undefined, now: number): void;
  /** May a link be opened externally at `now`? Uses the gesture up; allowing starts the interval. */
  tryOpen(now: number): ExternalOpenDecision;
}

export function createExternalOpenGate(limits: { gestureLifespanMs?: number; minIntervalMs?: number } = {}): ExternalOpenGate {
  const lifespan = limits.gestureLifespanMs ?? GESTURE_LIFESPAN_MS;
  const interval = limits.minIntervalMs ?? MIN_EXTERNAL_INTERVAL_MS;
  let gestureAt: number | undefined;
  let lastOpenAt: number | undefined;
  return {
    noteInput(type, now) {
      if (isActivatingInput(type)) gestureAt = now;
    },
    tryOpen(now) {
      // A clock that went backwards (sleep, NTP) must not leave a stale gesture valid forever.
      if (gestureAt === undefined || now < gestureAt || now - gestureAt > lifespan) return { allow: false, reason: 'no-user-gesture' };
      // The gesture is spent either way: a refused second click must not leave one behind for a later request.
      gestureAt = undefined;
      if (lastOpenAt !== undefined && now >= lastOpenAt && now - lastOpenAt < interval) return { allow: false, reason: 'rate-limited' };
      lastOpenAt = now;
      return { allow: true };
    },
  };
}
