import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUpdateController, type UpdaterLike } from './controller';
import { UPDATE_SCHEDULE } from './policy';
import type { UpdateState, UpdateStateStore } from './stateFile';

/** The controller's schedule and prompt, with fake timers and a stand-in updater (the real one: tests/integration/update.electronUpdater.test.ts). */
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  allowDowngrade = true;
  allowPrerelease = false;
  channel: string | null = null;
  logger: unknown = null;
  isUpdateSupported: (info: { version: string }) => boolean = () => true;
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  checkForUpdates() {
    this.checks++;
    return Promise.resolve(null);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

function memoryStore(initial: UpdateState, firstRun = false): UpdateStateStore & { saved: UpdateState[] } {
  let state = initial;
  const saved: UpdateState[] = [];
  return {
    saved,
    load: async () => ({ state, firstRun }),
    save: async (next) => {
      state = next;
      saved.push(next);
    },
  };
}

const state: UpdateState = { channel: 'latest', installedVersion: '1.0.0', promptedVersion: null };
const feed = async () => ({ provider: 'generic', url: 'https://updates.example.com/rapport' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function start(options: { restart?: boolean; store?: ReturnType<typeof memoryStore> } = {}) {
  const updater = new FakeUpdater();
  const asked: string[] = [];
  const store = options.store ?? memoryStore(state);
  const controller = await startUpdateController({
    updater: updater as unknown as UpdaterLike,
    appVersion: '1.2.0',
    productName: 'Rapport',
    isPackaged: true,
    store,
    readFeedConfig: feed,
    askToRestart: async (prompt) => {
      asked.push(prompt.message);
      return options.restart ?? false;
    },
    log: () => undefined,
  });
  return { updater, controller, asked, store };
}

describe('the update schedule', () => {
  it('checks once after the start delay, then every interval, and stops', async () => {
    const { updater, controller } = await start();
    await vi.advanceTimersByTimeAsync(UPDATE_SCHEDULE.firstCheckDelayMs - 1);
    expect(updater.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(UPDATE_SCHEDULE.intervalMs * 3);
    expect(updater.checks).toBe(4);
    controller.stop();
    await vi.advanceTimersByTimeAsync(UPDATE_SCHEDULE.intervalMs * 3);
    expect(updater.checks).toBe(4);
  });

  it('never schedules a check when the session does not check', async () => {
    const updater = new FakeUpdater();
    await startUpdateController({
      updater: updater as unknown as UpdaterLike,
      appVersion: '1.2.0',
      productName: 'Rapport',
      isPackaged: true,
      store: memoryStore(state, true),
      readFeedConfig: feed,
      askToRestart: async () => false,
      log: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(UPDATE_SCHEDULE.intervalMs * 2);
    expect(updater.checks).toBe(0);
  });

  it('configures electron-updater to download in the background, install on quit, never downgrade', async () => {
    const { updater, controller } = await start();
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, allowDowngrade: false, channel: 'latest', allowPrerelease: false });
    await controller.setChannel('beta');
    expect(updater).toMatchObject({ channel: 'beta', allowDowngrade: false, allowPrerelease: true });
    expect(updater.isUpdateSupported({ version: '1.3.0-beta.1' })).toBe(true);
  });
});

describe('the restart question', () => {
  it('is asked once per downloaded version; "Restart now" installs and relaunches', async () => {
    const { updater, asked, store, controller } = await start({ restart: true });
    controller.stop();
    updater.emit('update-downloaded', { version: '1.3.0' });
    await vi.runAllTimersAsync();
    updater.emit('update-downloaded', { version: '1.3.0' });
    await vi.runAllTimersAsync();
    expect(asked).toEqual(['Rapport 1.3.0 is ready to install']);
    expect(updater.installs).toEqual([[false, true]]);
    expect(store.saved.at(-1)?.promptedVersion).toBe('1.3.0');
  });

  it('"Later" leaves it to install on quit, and is not asked again after a restart', async () => {
    const store = memoryStore(state);
    const first = await start({ store });
    first.controller.stop();
    first.updater.emit('update-downloaded', { version: '1.3.0' });
    await vi.runAllTimersAsync();
    expect(first.updater.installs).toEqual([]);

    const second = await start({ store });
    second.controller.stop();
    second.updater.emit('update-downloaded', { version: '1.3.0' });
    await vi.runAllTimersAsync();
    expect(second.asked).toEqual([]);
  });
});
