import type { Awareness } from 'y-protocols/awareness';
import type { Provider } from '@lexical/yjs';

/**
 * A @lexical/yjs Provider that is only an awareness. The binding's sync
 * functions read nothing of a provider but its awareness (cursors, selection);
 * our docs move through the store and the sync manager, so there is nothing to
 * connect. `disconnect` destroys the awareness when it was `owned` (made for
 * this editor), never a shared one such as the live sync provider's.
 */
export function awarenessProvider(awareness: Awareness, owned: boolean): Provider {
  return {
    awareness: awareness as unknown as Provider['awareness'],
    connect: () => undefined,
    disconnect: () => {
      if (owned) awareness.destroy();
    },
    on: () => undefined,
    off: () => undefined,
  } as Provider;
}
