import type { AppUpdater, UpdateDownloadedEvent, UpdateInfo } from 'electron-updater';
import { decideStart, decideUpdate, restartPrompt, UPDATE_SCHEDULE, updateFeedFrom, type StartDecision, type UpdateChannel } from './policy';
import type { UpdateState, UpdateStateStore } from './stateFile';

/** The part of electron-updater's AppUpdater the controller drives (the real one in the app and in tests). */
export type UpdaterLike = Pick<
  AppUpdater,
  'autoDownload' | 'autoInstallOnAppQuit' | 'allowDowngrade' | 'allowPrerelease' | 'channel' | 'isUpdateSupported' | 'logger' | 'checkForUpdates' | 'quitAndInstall' | 'on'
>;

export type UpdateLog = (message: string, details?: Record<string, unknown>) => void;

export interface UpdateTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  setInterval(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: UpdateTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface UpdateControllerOptions {
  updater: UpdaterLike;
  appVersion: string;
  productName: string;
  isPackaged: boolean;
  store: UpdateStateStore;
  /** app-update.yml as the updater read it (see configOnDisk); rejects or null when there is none. */
  readFeedConfig: () => Promise<unknown>;
  /** Tells the user an update is ready and asks to restart; true means restart now. */
  askToRestart: (prompt: ReturnType<typeof restartPrompt>) => Promise<boolean>;
  log: UpdateLog;
  timers?: UpdateTimers;
  schedule?: { firstCheckDelayMs: number; intervalMs: number };
}

export interface UpdateController {
  decision: StartDecision;
  /** One check now (what the schedule runs), resolved once the check and any download it started are over. */
  checkNow(): Promise<void>;
  setChannel(channel: UpdateChannel): Promise<void>;
  stop(): void;
}

/**
 * The config electron-updater loaded from app-update.yml (resources of a packaged app). Its own
 * loader, not a second YAML parser here; the property is internal to electron-updater, so a
 * version without it reads as "no config" and updates stay off rather than guessing.
 */
export function configOnDisk(updater: UpdaterLike): Promise<unknown> {
  const lazy = (updater as unknown as { configOnDisk?: { value: Promise<unknown> } }).configOnDisk;
  return lazy ? lazy.value : Promise.resolve(null);
}

/**
 * Runs the update policy with electron-updater: checks a while after start and then every few
 * hours, downloads in the background, asks once per downloaded version to restart, and otherwise
 * installs on quit (electron-updater's autoInstallOnAppQuit).
 */
export async function startUpdateController(options: UpdateControllerOptions): Promise<UpdateController> {
  const { updater, log } = options;
  const timers = options.timers ?? realTimers;
  const schedule = options.schedule ?? UPDATE_SCHEDULE;
  const { state, firstRun } = await options.store.load();
  const feed = updateFeedFrom(await options.readFeedConfig().catch(() => null));
  const decision = decideStart({ isPackaged: options.isPackaged, feed, firstRun });
  if (!decision.check) {
    log('update_checks_off', { reason: decision.reason });
    return { decision, checkNow: async () => undefined, setChannel: (channel) => options.store.save({ ...state, channel }), stop: () => undefined };
  }

  let current: UpdateState = state;
  const applyChannel = (channel: UpdateChannel) => {
    updater.channel = channel;
    // Setting a channel turns electron-updater's allowDowngrade on; a downgrade is never taken here.
    updater.allowDowngrade = false;
    updater.allowPrerelease = channel === 'beta';
  };
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  applyChannel(current.channel);
  updater.logger = { info: () => undefined, warn: (message: unknown) => log('updater_warning', { message: String(message) }), error: () => undefined };
  // Called by electron-updater for every version it is offered that differs from the running one.
  updater.isUpdateSupported = (info: UpdateInfo) => {
    const verdict = decideUpdate({ current: options.appVersion, offered: info.version, channel: current.channel });
    if (!verdict.accept) log('update_refused', { version: info.version, reason: verdict.reason });
    return verdict.accept;
  };
  updater.on('error', (error: Error) => log('update_failed', { message: error.message }));
  updater.on('update-downloaded', (event: UpdateDownloadedEvent) => {
    if (current.promptedVersion === event.version) return;
    current = { ...current, promptedVersion: event.version };
    void options.store
      .save(current)
      .catch((error: unknown) => log('update_state_not_saved', { message: String(error) }))
      .then(() => options.askToRestart(restartPrompt({ productName: options.productName, version: event.version })))
      .then((restart) => {
        // Not silent, and start the new version once installed.
        if (restart) updater.quitAndInstall(false, true);
      })
      .catch((error: unknown) => log('update_prompt_failed', { message: String(error) }));
  });

  let checking: Promise<void> | undefined;
  const checkNow = () => {
    // electron-updater reports failures on 'error' (logged above); a failed check waits for the next.
    checking ??= updater
      .checkForUpdates()
      .then((result) => result?.downloadPromise)
      .then(() => undefined, () => undefined)
      .finally(() => {
        checking = undefined;
      });
    return checking;
  };
  const handles: unknown[] = [];
  handles.push(
    timers.setTimeout(() => {
      void checkNow();
      handles.push(timers.setInterval(() => void checkNow(), schedule.intervalMs));
    }, schedule.firstCheckDelayMs),
  );

  return {
    decision,
    checkNow,
    async setChannel(channel) {
      current = { ...current, channel };
      applyChannel(channel);
      await options.store.save(current);
    },
    stop() {
      for (const handle of handles.splice(0)) timers.clear(handle);
    },
  };
}
