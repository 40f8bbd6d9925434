import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/ipc/channels';
import { createBridge } from './bridge';

// The one bridge (DESIGN.md section 2). contextIsolation keeps this world apart
// from the page; only the frozen copy contextBridge makes reaches window.rapport.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(ipcRenderer, { platform: process.platform, argv: process.argv, versions: process.versions }),
);
