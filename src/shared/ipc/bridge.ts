import { BRIDGE_GLOBAL, type IPC_CHANNELS, type MenuCommand } from './channels';
import type { IpcResult } from './result';
import type { OpenFileRequest, PrintToPdfRequest, SaveFileRequest } from './schemas';

/**
 * The desktop bridge: the whole API the preload exposes on `window.rapport`.
 * It exists only in the desktop app; in the web build `window.rapport` is
 * undefined, so the renderer asks `desktopBridge()` and falls back to web ways
 * (downloads, <input type=file>, window.print) when it returns undefined.
 */

export type SaveFileResult = { saved: true; path: string } | { saved: false; reason: 'canceled' };

export type OpenFileResult =
  | { opened: true; name: string; data: Uint8Array }
  | { opened: false; reason: 'canceled' };

export interface LanHostingStatus {
  hosting: boolean;
  /** The address joiners use, while hosting. */
  url?: string;
  inviteCode?: string;
}

export interface LanHost {
  name: string;
  url: string;
}

export interface RapportBridge {
  /** Node's platform name: 'darwin', 'win32', 'linux'. */
  readonly platform: string;
  readonly appVersion: string;
  /** Save dialog, then writes `data` (text as UTF-8) where the user chose. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  /** Open dialog; answers the chosen file's name and bytes. */
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResult>>;
  /**
   * Prints self-contained HTML (inline styles, data: images; scripts never run)
   * to a tagged PDF with an outline, page numbers and date, then asks where to save it.
   */
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<SaveFileResult>>;
  readonly lan: {
    startHosting(): Promise<IpcResult<LanHostingStatus>>;
    stopHosting(): Promise<IpcResult<LanHostingStatus>>;
    status(): Promise<IpcResult<LanHostingStatus>>;
    discover(): Promise<IpcResult<LanHost[]>>;
  };
  /** Subscribes to app menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What main answers on each channel (the preload passes it through as is). */
export interface IpcResponses {
  [IPC_CHANNELS.saveFile]: IpcResult<SaveFileResult>;
  [IPC_CHANNELS.openFile]: IpcResult<OpenFileResult>;
  [IPC_CHANNELS.printToPdf]: IpcResult<SaveFileResult>;
  [IPC_CHANNELS.lanStartHosting]: IpcResult<LanHostingStatus>;
  [IPC_CHANNELS.lanStopHosting]: IpcResult<LanHostingStatus>;
  [IPC_CHANNELS.lanStatus]: IpcResult<LanHostingStatus>;
  [IPC_CHANNELS.lanDiscover]: IpcResult<LanHost[]>;
}

/**
 * The bridge when running in the desktop app, undefined in the web build.
 * Reads `globalThis` so src/shared stays free of DOM types.
 */
export function desktopBridge(): RapportBridge | undefined {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as RapportBridge) : undefined;
}
