import { useEffect, useState, type ReactNode } from 'react';

/** Longest wait for an idle moment before secondary panels render anyway. */
const MAX_WAIT_MS = 300;

/**
 * Renders its children once the browser is idle after the first paint:
 * secondary panels (brief, timeline) never delay what the user came for, such
 * as the notebook becoming editable, even when their figures must be computed.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const show = () => setReady(true);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(show, { timeout: MAX_WAIT_MS });
      return () => cancelIdleCallback(handle);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(show, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready ? <>{children}</> : null;
}
