import type { WorkspaceSession } from '../workspace/session';

/** The open session, for benchmark hooks only (set in `--mode bench` builds). */
export const benchRegistry: { session?: WorkspaceSession } = {};
