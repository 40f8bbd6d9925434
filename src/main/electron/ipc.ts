import { ipcMain } from 'electron';
import type { IpcChannel } from '../../shared/ipc/channels';
import type { IpcHandler } from '../ipc/router';

/** Registers the router's handlers (the allow-list) with ipcMain; returns the way to remove them. */
export function registerIpcHandlers(handlers: Map<IpcChannel, IpcHandler>): () => void {
  for (const [channel, handler] of handlers) {
    ipcMain.handle(channel, (event, payload: unknown) => handler(event, payload));
  }
  return () => {
    for (const channel of handlers.keys()) ipcMain.removeHandler(channel);
  };
}
