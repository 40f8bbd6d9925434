import type { IpcChannel } from '../../shared/ipc/channels';
import type { IpcResponses } from '../../shared/ipc/bridge';
import type { IpcParsedRequest } from '../../shared/ipc/schemas';

/**
 * What main does for each channel, once the sender is trusted and the payload
 * parsed. The Electron adapter implements it with dialogs and printing; tests
 * implement it with fakes. Handlers receive parsed requests only.
 */
export type DesktopServices = {
  [C in IpcChannel]: (request: IpcParsedRequest<C>) => Promise<IpcResponses[C]>;
};
