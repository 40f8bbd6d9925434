import { APP_VERSION_ARG, DEEP_LINK_CHANNEL, IPC_CHANNELS, MENU_COMMAND_CHANNEL, REMINDER_COMMAND_CHANNEL, isMenuCommand, type IpcChannel, type MenuCommand } from '../shared/ipc/channels';
import { bridgeErrorText, type IpcResponses, type RapportBridge, type RapportVersions } from '../shared/ipc/bridge';
import { looksLikeDeepLink } from '../shared/deeplink/limits';

/**
 * Builds the object exposed as `window.rapport`. Only this fixed set of
 * functions crosses the bridge: the renderer never sees ipcRenderer, channel
 * names or Electron events. Kept free of packages (the sandboxed preload may
 * only require 'electron'); main validates every payload with zod.
 */
export interface PreloadIpc {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

export function readAppVersion(argv: readonly string[]): string {
  const arg = argv.find((value) => value.startsWith(APP_VERSION_ARG));
  return arg ? arg.slice(APP_VERSION_ARG.length) : 'unknown';
}

type Success<C extends IpcChannel> = Extract<IpcResponses[C], { ok: true }>['value'];

export function createBridge(
  ipc: PreloadIpc,
  runtime: { platform: string; argv: readonly string[]; versions?: Partial<Record<string, string>> },
): RapportBridge {
  // Main answers { ok, value } or { ok: false, error }; the renderer gets the value or a rejection.
  const invoke = async <C extends IpcChannel>(channel: C, payload?: unknown): Promise<Success<C>> => {
    const result = (await ipc.invoke(channel, payload)) as IpcResponses[C];
    if (result.ok) return result.value as Success<C>;
    throw new Error(bridgeErrorText(result.error.code, result.error.message));
  };
  const versions: RapportVersions = {
    app: readAppVersion(runtime.argv),
    electron: runtime.versions?.electron ?? 'unknown',
    chrome: runtime.versions?.chrome ?? 'unknown',
    node: runtime.versions?.node ?? 'unknown',
  };

  return {
    platform: runtime.platform,
    versions,
    saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request),
    openFile: (request) => invoke(IPC_CHANNELS.openFile, request),
    printToPdf: (request) => invoke(IPC_CHANNELS.printToPdf, request),
    lan: {
      startHosting: (request) => invoke(IPC_CHANNELS.lanStartHosting, request),
      stopHosting: async () => {
        await invoke(IPC_CHANNELS.lanStopHosting);
      },
      status: () => invoke(IPC_CHANNELS.lanStatus),
      discover: () => invoke(IPC_CHANNELS.lanDiscover),
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      // The Electron event object stays here; the renderer only gets a known command.
      const wrapped = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
    deepLinks: {
      subscribe(listener: (link: string) => void): () => void {
        // Only bounded rapport:// text crosses, without the Electron event.
        const wrapped = (_event: unknown, link: unknown) => {
          if (looksLikeDeepLink(link)) listener(link);
        };
        ipc.on(DEEP_LINK_CHANNEL, wrapped);
        return () => ipc.removeListener(DEEP_LINK_CHANNEL, wrapped);
      },
      ready: async () => {
        await invoke(IPC_CHANNELS.deepLinkReady);
      },
    },
    reminders: {
      setList: async (request) => {
        await invoke(IPC_CHANNELS.remindersSetList, request);
      },
      configure: (settings) => invoke(IPC_CHANNELS.remindersConfigure, settings),
      onCommand(listener: (command: unknown) => void): () => void {
        // Only plain objects cross; the renderer parses them with zod (the preload has no packages).
        const wrapped = (_event: unknown, command: unknown) => {
          if (typeof command === 'object' && command !== null && !Array.isArray(command)) listener(command);
        };
        ipc.on(REMINDER_COMMAND_CHANNEL, wrapped);
        return () => ipc.removeListener(REMINDER_COMMAND_CHANNEL, wrapped);
      },
    },
  };
}
