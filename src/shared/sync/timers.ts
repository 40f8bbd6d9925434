/**
 * setTimeout/clearTimeout exist in every runtime this code runs in (browser,
 * Node, Electron), but src/shared is compiled without DOM or Node types; this
 * types the two functions it needs from globalThis.
 */
export type TimerHandle = { readonly __timer: unique symbol };

interface TimerGlobals {
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

const g = globalThis as unknown as TimerGlobals;

export function setTimer(fn: () => void, ms: number): TimerHandle {
  return g.setTimeout(fn, ms);
}

export function clearTimer(handle: TimerHandle): void {
  g.clearTimeout(handle);
}
