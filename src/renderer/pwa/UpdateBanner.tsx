import { useState, useSyncExternalStore } from 'react';
import { serviceWorkerUpdates } from './serviceWorker';
import type { UpdateFlow, UpdateState } from './updateFlow';
import './pwa.css';

const noFlow = { subscribe: () => () => undefined, getState: (): UpdateState => 'none' };

/**
 * "A new version of Rapport is ready" with "Reload to update", shown while a new version
 * of the web build waits. Not the app's Toast: that one lives inside the open workspace and
 * fades after seconds, while this notice must stay (on the welcome screen too) until the
 * user acts, because nothing reloads under their feet.
 */
export function UpdateBanner() {
  // Registers once per page (the flow is a module singleton); registration itself waits for `load`.
  const [flow] = useState<UpdateFlow | undefined>(serviceWorkerUpdates);
  const source = flow ?? noFlow;
  const state = useSyncExternalStore(source.subscribe, source.getState);
  if (!flow || state === 'none') return null;
  return (
    <div className="update-banner" role="region" aria-label="App update" aria-live="polite">
      <span>{state === 'activated' ? 'A new version of Rapport is ready (updated in another tab)' : 'A new version of Rapport is ready'}</span>
      <button className="primary" disabled={state === 'applying'} onClick={flow.apply}>
        {state === 'applying' ? 'Updating…' : 'Reload to update'}
      </button>
      {state !== 'applying' && <button onClick={flow.dismiss}>Not now</button>}
    </div>
  );
}
