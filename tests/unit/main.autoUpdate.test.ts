import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The auto-update adapter against stand-ins for `electron` and `electron-updater`: off (and the
 * updater never built) in an unpackaged app; in a packaged one, the controller gets the app's
 * version, a state file in userData, the updater's own config, and the answer of a real dialog call.
 */
const fake = vi.hoisted(() => {
  const state = {
    isPackaged: false,
    userData: '',
    updaterBuilt: 0,
    dialogs: [] as unknown[][],
    answer: 0,
    updater: undefined as unknown,
  };
  return state;
});

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
    getVersion: () => '1.2.0',
    getName: () => 'Rapport',
    getPath: () => fake.userData,
  },
  dialog: {
    showMessageBox: (...args: unknown[]) => {
      fake.dialogs.push(args);
      return Promise.resolve({ response: fake.answer });
    },
  },
}));

vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater() {
      fake.updaterBuilt++;
      return fake.updater;
    },
  },
}));

const { installAutoUpdates } = await import('../../src/main/electron/autoUpdate');

class StandInUpdater extends EventEmitter {
  channel: string | null = null;
  checks = 0;
  installs = 0;
  configOnDisk = { value: Promise.resolve({ provider: 'generic', url: 'https://updates.example.com/rapport' }) };
  checkForUpdates() {
    this.checks++;
    return Promise.resolve(null);
  }
  quitAndInstall() {
    this.installs++;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'rapport-auto-update-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  fake.updaterBuilt = 0;
  fake.dialogs = [];
  fake.userData = mkdtempSync(join(scratch, 'userData-'));
  fake.updater = new StandInUpdater();
});

describe('installAutoUpdates', () => {
  it('does nothing in an unpackaged app, not even build the updater', async () => {
    fake.isPackaged = false;
    expect(await installAutoUpdates({ getWindow: () => undefined, log: () => undefined })).toBeUndefined();
    expect(fake.updaterBuilt).toBe(0);
  });

  it('skips the first run of a packaged install, writing its state file in userData', async () => {
    fake.isPackaged = true;
    const controller = await installAutoUpdates({ getWindow: () => undefined, log: () => undefined });
    expect(controller?.decision).toEqual({ check: false, reason: 'first-run' });
  });

  it('on a later run, runs the policy on the real updater and restarts when the user says so', async () => {
    fake.isPackaged = true;
    writeFileSync(join(fake.userData, 'update-state.json'), JSON.stringify({ channel: 'latest', installedVersion: '1.0.0', promptedVersion: null }));
    const controller = await installAutoUpdates({ getWindow: () => undefined, log: () => undefined });
    controller?.stop();
    expect(controller?.decision).toEqual({ check: true });
    const updater = fake.updater as StandInUpdater;
    expect(updater.channel).toBe('latest');

    fake.answer = 0;
    updater.emit('update-downloaded', { version: '1.3.0' });
    await vi.waitFor(() => expect(updater.installs).toBe(1));
    expect(fake.dialogs[0][0]).toMatchObject({ message: 'Rapport 1.3.0 is ready to install', buttons: ['Restart now', 'Later'] });

    fake.answer = 1;
    updater.emit('update-downloaded', { version: '1.3.1' });
    await vi.waitFor(() => expect(fake.dialogs).toHaveLength(2));
    // Let the answer's continuation run before checking it installed nothing.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(updater.installs).toBe(1);
  });
});
