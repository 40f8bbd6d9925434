/**
 * Runs `run` once the browser is idle, or after `timeout` ms at the latest.
 * Where requestIdleCallback is missing (a test runtime), after `fallbackDelay`
 * ms instead. Returns a cancel function.
 */
export function whenIdle(run: () => void, timeout: number, fallbackDelay = 0): () => void {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (idle) {
    const handle = idle(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, fallbackDelay);
  return () => clearTimeout(timer);
}
