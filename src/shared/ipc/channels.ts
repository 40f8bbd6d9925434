/**
 * IPC channel names between the renderer (through the preload) and main.
 * No dependencies on purpose: the sandboxed preload imports this file and may
 * only `require('electron')` at run time, so it must stay free of packages.
 */
export const IPC_CHANNELS = {
  saveFile: 'rapport:file:save',
  openFile: 'rapport:file:open',
  printToPdf: 'rapport:pdf:print',
  lanStartHosting: 'rapport:lan:start-hosting',
  lanStopHosting: 'rapport:lan:stop-hosting',
  lanStatus: 'rapport:lan:status',
  lanDiscover: 'rapport:lan:discover',
  deepLinkReady: 'rapport:deeplink:ready',
  remindersSetList: 'rapport:reminders:set-list',
  remindersConfigure: 'rapport:reminders:configure',
} as const;

export type IpcChannelKey = keyof typeof IPC_CHANNELS;
export type IpcChannel = (typeof IPC_CHANNELS)[IpcChannelKey];

/** Every channel the renderer may invoke: the allow-list main registers and the preload uses. */
export const INVOKE_CHANNELS: readonly IpcChannel[] = Object.values(IPC_CHANNELS);

export function isInvokeChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

/** Main -> renderer: a command chosen in the app menu. */
export const MENU_COMMAND_CHANNEL = 'rapport:menu:command';

/** Commands the app menu sends to the renderer; the renderer decides what each does. */
export const MENU_COMMANDS = [
  'new-customer',
  'find',
  'command-palette',
  'export-pdf',
  'log-interaction',
  'open-settings',
  'back-up-workspace',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Main -> renderer: a reminder clicked, Done pressed, or "Quick note…" (payload parsed in the renderer). */
export const REMINDER_COMMAND_CHANNEL = 'rapport:reminders:command';

/**
 * Main -> renderer: a deep link the OS handed the app (rapport://…, as text).
 * Main sent it only after parsing; the renderer parses it again with zod.
 */
export const DEEP_LINK_CHANNEL = 'rapport:deeplink:open';

/** Name of the bridge on the renderer's global object (`window.rapport`). */
export const BRIDGE_GLOBAL = 'rapport';

/** Command-line switch main passes to the preload (webPreferences.additionalArguments). */
export const APP_VERSION_ARG = '--rapport-app-version=';
