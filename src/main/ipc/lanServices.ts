import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { ipcFail } from '../../shared/ipc/result';
import type { DesktopServices } from './services';

/** Until the embedded relay is wired in, LAN hosting answers a clear "not yet available". */
export const LAN_NOT_AVAILABLE = 'Hosting on this network is not available in this version of Rapport yet.';

type LanChannels =
  | typeof IPC_CHANNELS.lanStartHosting
  | typeof IPC_CHANNELS.lanStopHosting
  | typeof IPC_CHANNELS.lanStatus
  | typeof IPC_CHANNELS.lanDiscover;

export function lanStubServices(): Pick<DesktopServices, LanChannels> {
  return {
    [IPC_CHANNELS.lanStartHosting]: async () => ipcFail('not-available', LAN_NOT_AVAILABLE),
    [IPC_CHANNELS.lanStopHosting]: async () => ipcFail('not-available', LAN_NOT_AVAILABLE),
    [IPC_CHANNELS.lanStatus]: async () => ipcFail('not-available', LAN_NOT_AVAILABLE),
    [IPC_CHANNELS.lanDiscover]: async () => ipcFail('not-available', LAN_NOT_AVAILABLE),
  };
}
