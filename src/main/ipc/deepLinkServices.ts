import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { ipcOk } from '../../shared/ipc/result';
import type { DeepLinkRouter } from '../deeplink/deepLinkRouter';
import type { DesktopServices } from './services';

/** The renderer's "ready for deep links": main sends what waited, and later links at once. */
export function deepLinkServices(router: Pick<DeepLinkRouter, 'rendererReady'>): Pick<DesktopServices, typeof IPC_CHANNELS.deepLinkReady> {
  return {
    [IPC_CHANNELS.deepLinkReady]: async () => {
      router.rendererReady();
      return ipcOk(null);
    },
  };
}
