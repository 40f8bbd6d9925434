import type { WorkspaceSession } from '../workspace/session';

/** The open session, for benchmark hooks only (set in `--mode bench` builds). */
export const benchRegistry: { session?: WorkspaceSession } = {};

/**
 * Marks a step of opening a page, for the open benchmark's phases. Compiled out
 * of every build but `--mode bench` (Vite replaces the mode with a constant).
 */
export function benchMark(name: string): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`rapport:open:${name}`);
}
