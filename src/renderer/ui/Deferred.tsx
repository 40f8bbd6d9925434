import { useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from './whenIdle';

/** Longest wait for an idle moment before secondary panels render anyway. */
const MAX_WAIT_MS = 300;

/**
 * Renders its children once the browser is idle after the first paint:
 * secondary panels (brief, timeline) never delay what the user came for, such
 * as the notebook becoming editable, even when their figures must be computed.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  // Without requestIdleCallback (tests), on the next task.
  useEffect(() => whenIdle(() => setReady(true), MAX_WAIT_MS), []);
  return ready ? <>{children}</> : null;
}
