import { BRIDGE_GLOBAL, type IPC_CHANNELS, type MenuCommand } from './channels';
import type { IpcErrorCode, IpcResult } from './result';
import type { LanStartHostingRequest, OpenFileRequest, PrintToPdfRequest, RemindersSetListRequest, SaveFileRequest } from './schemas';
import type { ReminderStatus } from '../reminders/commands';
import type { ReminderSettings } from '../reminders/settings';

/**
 * The desktop bridge: the whole API the preload exposes on `window.rapport`.
 * It exists only in the desktop app; in the web build `window.rapport` is
 * undefined, so the renderer asks `desktopBridge()` (or declares
 * `window.rapport?: RapportBridge`) and falls back to web ways (downloads,
 * <input type=file>, window.print) when it is undefined.
 *
 * Promises resolve with the plain result; a cancelled dialog is a result
 * (`saved: false`, `null`), not an error. Failures reject with an Error whose
 * message starts with the code in brackets, e.g. "[invalid-payload] suggestedName:
 * a file name, not a path"; read it with bridgeErrorCode / bridgeErrorMessage.
 */

export interface SaveFileResult {
  saved: boolean;
  /** Where the file was written, when saved. */
  path?: string;
}

export interface OpenedFile {
  /** The file's name, without its folder. */
  name: string;
  data: Uint8Array;
}

/** What joiners need (with the token) for an invite: `url` is the relay address. */
export interface LanHostingInfo {
  /** ws://<inviteHost>:<port> */
  url: string;
  port: number;
  /** The LAN address of this machine that joiners connect to. */
  inviteHost: string;
  workspaceId: string;
}

export type LanHostingStatus =
  | ({
      hosting: true;
      workspaceName: string;
      /** Open websockets to the embedded relay (joiners' docs and catch-up channels). */
      connections: number;
      /** True once the mDNS announcement went out. */
      advertised: boolean;
    } & LanHostingInfo)
  | { hosting: false };

/** Another Rapport app hosting a workspace on this network (from mDNS; no token). */
export interface LanHostEntry {
  /** Service name, e.g. "Acme key accounts on Dana's MacBook". */
  name: string;
  workspaceName: string;
  host: string;
  port: number;
  workspaceId: string;
}

export interface RapportVersions {
  app: string;
  electron: string;
  chrome: string;
  node: string;
}

export interface RapportBridge {
  /** Node's platform name: 'darwin', 'win32', 'linux'. */
  readonly platform: string;
  readonly versions: RapportVersions;
  /** Save dialog, then writes `data` (text as UTF-8) where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Open dialog; the chosen file's name and bytes, or null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /**
   * Prints self-contained HTML (inline styles, data: images; scripts never run,
   * nothing is fetched) to a tagged PDF with an outline, then asks where to save it.
   */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  readonly lan: {
    /** Starts the embedded relay on a LAN address and advertises it over mDNS. */
    startHosting(request: LanStartHostingRequest): Promise<LanHostingInfo>;
    /** Stops advertising; joiners are closed with code 4410 (CloseCode.hostingStopped). */
    stopHosting(): Promise<void>;
    status(): Promise<LanHostingStatus>;
    /** Listens about 1.5 s for other hosts on the network. */
    discover(): Promise<LanHostEntry[]>;
  };
  /** Subscribes to app menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  readonly deepLinks: {
    /**
     * Subscribes to deep links (rapport://join#…, rapport://customer/…) the OS
     * handed the app; returns the unsubscribe function. The text is unparsed
     * here: the renderer parses it with deepLinkSchema.
     */
    subscribe(listener: (link: string) => void): () => void;
    /** Tells main the renderer handles links now: those that waited (a cold start's) come at once, later ones as they arrive. */
    ready(): Promise<void>;
  };
  readonly reminders: {
    /** The open workspace's reminder list; main schedules the notifications. */
    setList(request: RemindersSetListRequest): Promise<void>;
    /** Applies the device's reminder settings; answers what works on this machine. */
    configure(settings: ReminderSettings): Promise<ReminderStatus>;
    /**
     * Subscribes to reminder commands (open, done, quick note). The payload is
     * unparsed: the renderer parses it with reminderCommandSchema.
     */
    onCommand(listener: (command: unknown) => void): () => void;
  };
}

/** What main answers on each channel; the preload unwraps it. */
export interface IpcResponses {
  [IPC_CHANNELS.saveFile]: IpcResult<SaveFileResult>;
  [IPC_CHANNELS.openFile]: IpcResult<OpenedFile | null>;
  [IPC_CHANNELS.printToPdf]: IpcResult<SaveFileResult>;
  [IPC_CHANNELS.lanStartHosting]: IpcResult<LanHostingInfo>;
  [IPC_CHANNELS.lanStopHosting]: IpcResult<null>;
  [IPC_CHANNELS.lanStatus]: IpcResult<LanHostingStatus>;
  [IPC_CHANNELS.lanDiscover]: IpcResult<LanHostEntry[]>;
  [IPC_CHANNELS.deepLinkReady]: IpcResult<null>;
  [IPC_CHANNELS.remindersSetList]: IpcResult<null>;
  [IPC_CHANNELS.remindersConfigure]: IpcResult<ReminderStatus>;
}

const ERROR_PREFIX = /^\[([a-z-]+)\] /;

/** The message of a rejected bridge call (contextBridge keeps only message and stack). */
export function bridgeErrorText(code: IpcErrorCode, message: string): string {
  return `[${code}] ${message}`;
}

/** The code of a rejected bridge call: 'invalid-payload', 'forbidden', 'too-large', 'failed'... */
export function bridgeErrorCode(error: unknown): IpcErrorCode | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  // Electron may prefix "Error invoking remote method ...: Error: "; look anywhere.
  const match = /\[([a-z-]+)\] /.exec(message);
  return match ? (match[1] as IpcErrorCode) : undefined;
}

/** The human part of a rejected bridge call's message, for the UI. */
export function bridgeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.search(/\[[a-z-]+\] /);
  return at >= 0 ? message.slice(at).replace(ERROR_PREFIX, '') : message;
}

/**
 * The bridge when running in the desktop app, undefined in the web build.
 * Reads `globalThis` so src/shared stays free of DOM types.
 */
export function desktopBridge(): RapportBridge | undefined {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as RapportBridge) : undefined;
}
