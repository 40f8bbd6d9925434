import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { ipcOk } from '../../shared/ipc/result';
import type { LanHosting } from '../lan/hosting';
import type { DesktopServices } from './services';

type LanChannels =
  | typeof IPC_CHANNELS.lanStartHosting
  | typeof IPC_CHANNELS.lanStopHosting
  | typeof IPC_CHANNELS.lanStatus
  | typeof IPC_CHANNELS.lanDiscover;

/**
 * The LAN channels, backed by the hosting service (plain Node). Requests arrive
 * parsed by the router; a thrown error (no network, port refused) reaches the
 * renderer as `failed` with its message.
 */
export function lanServices(hosting: LanHosting): Pick<DesktopServices, LanChannels> {
  return {
    [IPC_CHANNELS.lanStartHosting]: async (request) =>
      ipcOk(
        await hosting.start({
          workspaceId: request.workspaceId,
          token: request.token,
          ...(request.workspaceName !== undefined ? { workspaceName: request.workspaceName } : {}),
        }),
      ),
    [IPC_CHANNELS.lanStopHosting]: async () => {
      await hosting.stop();
      return ipcOk(null);
    },
    [IPC_CHANNELS.lanStatus]: async () => ipcOk(hosting.status()),
    [IPC_CHANNELS.lanDiscover]: async () => ipcOk(await hosting.discover()),
  };
}
