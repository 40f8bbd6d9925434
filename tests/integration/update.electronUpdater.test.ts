import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppImageUpdater, type AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { NodeHttpExecutor } from 'builder-util';
import { configureRequestOptions, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configOnDisk, startUpdateController, type UpdateController } from '../../src/main/update/controller';
import { UPDATE_STATE_FILE, updateStateFile } from '../../src/main/update/stateFile';
import type { UpdateChannel } from '../../src/main/update/policy';

/**
 * The update policy driven through the real electron-updater (its AppImageUpdater, GenericProvider,
 * YAML parsing, sha512 check and install-on-quit) against a generic feed on 127.0.0.1. Electron is
 * not needed: electron-updater takes an AppAdapter in place of Electron's app and an HTTP executor
 * in place of Electron's net (builder-util's NodeHttpExecutor, the one electron-builder publishes
 * with). AppImage, because it is the Linux updater that runs without root; the feed files are the
 * ones electron-builder writes (latest-linux.yml, beta-linux.yml, with -<arch> off x64).
 */
const CURRENT = '1.2.0';

/**
 * Node's stand-in for electron-updater's ElectronHttpExecutor, whose download() is the only part
 * builder-util's NodeHttpExecutor lacks: the same call into builder-util-runtime's doDownload,
 * which streams to the file and checks the sha512 the feed names.
 */
class NodeUpdaterHttpExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(requestOptions, { destination, options, onCancel, callback: (error) => (error == null ? resolve(destination) : reject(error)), responseHandler: null }, 0);
    });
  }
}

/** electron-updater's channel file per platform (Provider.getChannelFilePrefix). */
function channelFile(channel: UpdateChannel): string {
  if (process.platform === 'win32') return `${channel}.yml`;
  if (process.platform === 'darwin') return `${channel}-mac.yml`;
  return `${channel}-linux${process.arch === 'x64' ? '' : `-${process.arch}`}.yml`;
}

/** A stand-in AppImage: a script (it is run with APPIMAGE_EXIT_AFTER_INSTALL when installed). */
const appImage = (version: string) => Buffer.from(`#!/bin/sh\n# Rapport ${version}\nexit 0\n`);

function feedYaml(version: string, file: string, bytes: Buffer) {
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  return [`version: ${version}`, 'files:', `  - url: ${file}`, `    sha512: ${sha512}`, `    size: ${bytes.length}`, `path: ${file}`, `sha512: ${sha512}`, "releaseDate: '2026-12-01T10:00:00.000Z'", ''].join('\n');
}

let server: Server;
let feedUrl: string;
let served = new Map<string, Buffer>();
let requests: string[] = [];

/** Publishes `version` on `channel` as electron-builder would: the channel file and the AppImage. */
function publish(channel: UpdateChannel, version: string) {
  const file = `Rapport-${version}.AppImage`;
  served.set(`/updates/${file}`, appImage(version));
  served.set(`/updates/${channelFile(channel)}`, Buffer.from(feedYaml(version, file, appImage(version))));
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = served.get(path);
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let scratch: string;
let controller: UpdateController | undefined;
const savedAppImage = process.env.APPIMAGE;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'rapport-update-'));
  served = new Map();
  requests = [];
  // The running "install": electron-updater replaces this file on install.
  process.env.APPIMAGE = join(scratch, 'Rapport.AppImage');
  writeFileSync(process.env.APPIMAGE, appImage(CURRENT), { mode: 0o755 });
});
afterEach(() => {
  controller?.stop();
  controller = undefined;
  if (savedAppImage === undefined) delete process.env.APPIMAGE;
  else process.env.APPIMAGE = savedAppImage;
  rmSync(scratch, { recursive: true, force: true });
});

interface Setup {
  channel?: UpdateChannel;
  firstRun?: boolean;
  url?: string;
  restart?: boolean;
}

/** electron-updater's own seam in place of Electron's app: an installed, packaged Rapport at CURRENT. */
function appAdapter(onQuit: AppAdapter['onQuit']): AppAdapter & { appUpdateConfigPath: string } {
  return {
    version: CURRENT,
    name: 'Rapport',
    isPackaged: true,
    appUpdateConfigPath: join(scratch, 'app-update.yml'),
    userDataPath: join(scratch, 'userData'),
    baseCachePath: join(scratch, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit,
  };
}

async function start(setup: Setup = {}) {
  const quitHandlers: ((exitCode: number) => void)[] = [];
  const app = appAdapter((handler) => quitHandlers.push(handler));
  // What electron-builder writes into the packaged app's resources from `publish`.
  writeFileSync(app.appUpdateConfigPath, `provider: generic\nurl: ${setup.url ?? feedUrl}\nupdaterCacheDirName: rapport-updater\n`);
  const statePath = join(scratch, UPDATE_STATE_FILE);
  if (!setup.firstRun) writeFileSync(statePath, JSON.stringify({ channel: setup.channel ?? 'latest', installedVersion: '1.0.0', promptedVersion: null }));

  const updater = new AppImageUpdater(null, app);
  (updater as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor = new NodeUpdaterHttpExecutor();
  // No blockmaps on this feed: download whole files (electron-updater would fall back to that anyway).
  updater.disableDifferentialDownload = true;

  const logged: [string, Record<string, unknown> | undefined][] = [];
  const prompts: { message: string; buttons: string[] }[] = [];
  let downloaded!: () => void;
  const prompted = new Promise<void>((resolve) => (downloaded = resolve));
  controller = await startUpdateController({
    updater: updater as AppUpdater,
    appVersion: CURRENT,
    productName: 'Rapport',
    isPackaged: true,
    store: updateStateFile(statePath, CURRENT),
    readFeedConfig: () => configOnDisk(updater),
    askToRestart: async (prompt) => {
      prompts.push(prompt);
      downloaded();
      return setup.restart ?? false;
    },
    log: (message, details) => logged.push([message, details]),
    // The schedule is tested with fake timers in the unit tests; here every check is explicit.
    timers: { setTimeout: () => undefined, setInterval: () => undefined, clear: () => undefined },
  });
  return { controller, logged, prompts, prompted, quitHandlers, statePath };
}

describe.skipIf(process.platform !== 'linux')('auto-update through electron-updater against a local generic feed (Linux: the AppImage updater)', () => {
  it('finds a newer release on latest, downloads it in the background, asks once, and installs it on quit', async () => {
    publish('latest', '1.3.0');
    const { controller, prompts, prompted, quitHandlers, statePath } = await start();
    expect(controller.decision).toEqual({ check: true });
    await controller.checkNow();
    await prompted;
    expect(requests).toContain(`/updates/${channelFile('latest')}`);
    expect(requests).toContain('/updates/Rapport-1.3.0.AppImage');
    expect(prompts).toEqual([expect.objectContaining({ message: 'Rapport 1.3.0 is ready to install', buttons: ['Restart now', 'Later'] })]);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).promptedVersion).toBe('1.3.0');

    // "Later": the quit handler electron-updater registered installs it when the app quits.
    expect(quitHandlers).toHaveLength(1);
    quitHandlers[0](0);
    expect(readFileSync(process.env.APPIMAGE!, 'utf8')).toContain('Rapport 1.3.0');
  });

  it('refuses a pre-release published on the stable channel, downloading nothing', async () => {
    publish('latest', '1.3.0-beta.1');
    const { controller, logged, prompts } = await start();
    await controller.checkNow();
    expect(requests).toEqual([`/updates/${channelFile('latest')}`]);
    expect(logged).toContainEqual(['update_refused', { version: '1.3.0-beta.1', reason: 'prerelease-on-stable' }]);
    expect(prompts).toEqual([]);
  });

  it('takes a pre-release on the beta channel, from the beta feed file', async () => {
    publish('beta', '1.3.0-beta.1');
    publish('latest', '1.2.5');
    const { controller, prompts, prompted } = await start({ channel: 'beta' });
    await controller.checkNow();
    await prompted;
    expect(requests[0]).toBe(`/updates/${channelFile('beta')}`);
    expect(requests).toContain('/updates/Rapport-1.3.0-beta.1.AppImage');
    expect(requests).not.toContain(`/updates/${channelFile('latest')}`);
    expect(prompts[0].message).toBe('Rapport 1.3.0-beta.1 is ready to install');
  });

  it('never downgrades, even on a channel (where electron-updater alone would)', async () => {
    publish('beta', '1.1.0');
    const { controller, logged } = await start({ channel: 'beta' });
    await controller.checkNow();
    expect(requests).toEqual([`/updates/${channelFile('beta')}`]);
    expect(logged).toContainEqual(['update_refused', { version: '1.1.0', reason: 'not-newer' }]);
  });

  it('does nothing for the version already running', async () => {
    publish('latest', CURRENT);
    const { controller, prompts } = await start();
    await controller.checkNow();
    expect(requests).toEqual([`/updates/${channelFile('latest')}`]);
    expect(prompts).toEqual([]);
  });

  it('does not check on the very first run of a new install, and checks on the next', async () => {
    publish('latest', '1.3.0');
    const first = await start({ firstRun: true });
    expect(first.controller.decision).toEqual({ check: false, reason: 'first-run' });
    await first.controller.checkNow();
    expect(requests).toEqual([]);
    expect(existsSync(first.statePath)).toBe(true);

    const next = await startAgain(first.statePath);
    expect(next.decision).toEqual({ check: true });
  });

  it('stays off with the placeholder feed URL the config ships with', async () => {
    const { controller } = await start({ url: 'https://updates.rapport.invalid/desktop' });
    expect(controller.decision).toEqual({ check: false, reason: 'placeholder' });
    await controller.checkNow();
    expect(requests).toEqual([]);
  });

  it('reports a feed that is down and keeps going', async () => {
    const { controller, logged, prompted } = await start();
    await controller.checkNow();
    expect(logged.some(([message]) => message === 'update_failed')).toBe(true);
    publish('latest', '1.3.0');
    await controller.checkNow();
    await prompted;
    expect(requests.filter((path) => path.endsWith('.AppImage'))).toEqual(['/updates/Rapport-1.3.0.AppImage']);
  });
});

/** A second start of the same install (the state file now exists). */
async function startAgain(statePath: string) {
  const updater = new AppImageUpdater(null, appAdapter(() => undefined));
  controller?.stop();
  controller = await startUpdateController({
    updater: updater as AppUpdater,
    appVersion: CURRENT,
    productName: 'Rapport',
    isPackaged: true,
    store: updateStateFile(statePath, CURRENT),
    readFeedConfig: () => configOnDisk(updater),
    askToRestart: async () => false,
    log: () => undefined,
    timers: { setTimeout: () => undefined, setInterval: () => undefined, clear: () => undefined },
  });
  return controller;
}
