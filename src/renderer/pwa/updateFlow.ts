/**
 * What the app knows about a new version of itself (the web build's service worker):
 * - 'none': the running version is the newest one installed;
 * - 'ready': a new version is installed and waiting ("A new version of Rapport is ready");
 * - 'applying': the user asked for it; the waiting worker was told to take over and the
 *   page reloads once it has;
 * - 'activated': the new version took over because another tab asked; this page still
 *   runs the old code and reloads only when its user says so.
 * Kept apart from the registration so the rules are tested without a service worker.
 */
export type UpdateState = 'none' | 'ready' | 'applying' | 'activated';

export interface UpdateFlowDeps {
  /** Tells the waiting worker to skip waiting (it then takes control of every tab). */
  skipWaiting: () => Promise<void>;
  reload: () => void;
}

export interface UpdateFlow {
  getState: () => UpdateState;
  subscribe: (listener: () => void) => () => void;
  /** A new worker is installed and waiting. */
  onNeedRefresh: () => void;
  /** The new worker now controls this page. */
  onNeedReload: () => void;
  /** "Reload to update". */
  apply: () => void;
  /** "Not now": hides the notice until the next start. */
  dismiss: () => void;
}

export function createUpdateFlow(deps: UpdateFlowDeps): UpdateFlow {
  let state: UpdateState = 'none';
  let requested = false;
  let reloaded = false;
  const listeners = new Set<() => void>();
  const set = (next: UpdateState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    deps.reload();
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onNeedRefresh: () => {
      if (state === 'none') set('ready');
    },
    onNeedReload: () => {
      if (requested) reloadOnce();
      else set('activated');
    },
    apply: () => {
      if (state === 'activated') return reloadOnce();
      if (state !== 'ready') return;
      requested = true;
      set('applying');
      deps.skipWaiting().catch(() => {
        // The worker went away (another tab's update replaced it): offer the notice again.
        requested = false;
        set('ready');
      });
    },
    dismiss: () => {
      if (state !== 'applying') set('none');
    },
  };
}
