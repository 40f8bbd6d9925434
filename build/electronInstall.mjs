#!/usr/bin/env node
// Fetches the Electron binary at install time, through Electron's own installer.
//
// Why: Electron 45 has no install script any more; it downloads its binary the first time
// `require('electron')` runs. electron-vite (`npm start`) never does that: it reads
// node_modules/electron/path.txt itself and throws "Electron uninstall" when it is missing
// (DESIGN.md section 10). So package.json's postinstall runs this, and prestart runs it again.
//
// Offline (CI, build machines), the download fails: in `--postinstall` mode this says so and
// exits 0, because the tests and the web build do not need the binary; in `--check` mode
// (before `npm start`) it exits 1 with what to do. Electron's own settings pass through:
// ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, electron_config_cache, electron_use_remote_checksums,
// ELECTRON_SKIP_BINARY_DOWNLOAD (skip on purpose).
//
// Usage: node build/electronInstall.mjs --postinstall | --check [--electron-dir DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The binary's path inside the package, as Electron's install.js writes it to path.txt. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Whether the package already holds its binary: the same test Electron's install.js makes. */
export function binaryState(electronDir, env = process.env, platform = process.platform) {
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const read = (name) => {
    try {
      return readFileSync(join(electronDir, name), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const expected = platformPath(env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform);
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const installed =
    read('dist/version')?.replace(/^v/, '') === version && read('path.txt') === expected && existsSync(join(distDir, expected));
  return { version, installed, binary: join(distDir, expected) };
}

function offlineAdvice(version) {
  return [
    `The Electron ${version} binary could not be downloaded.`,
    '  The tests (`npm test`) and the web build (`npm run web`) do not need it; the desktop app (`npm start`) does.',
    '  With internet: run `npm run install-electron` (or `npm install` again).',
    '  Behind a firewall: set ELECTRON_MIRROR to a mirror you can reach (and electron_use_remote_checksums=1 if it',
    '  serves other builds than the official ones), or ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron.',
  ].join('\n');
}

/**
 * Makes sure the binary is there; answers an exit code. `mode` is 'postinstall' (never fails the
 * install) or 'check' (fails, with advice, when the binary cannot be had).
 */
export function ensureElectronBinary({ electronDir, mode, env = process.env, log = console }) {
  const state = binaryState(electronDir, env);
  if (state.installed) return 0;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    log.warn(`rapport: ELECTRON_SKIP_BINARY_DOWNLOAD is set: the Electron ${state.version} binary was not downloaded.`);
    return mode === 'check' ? 1 : 0;
  }
  log.log(`rapport: downloading the Electron ${state.version} binary${env.ELECTRON_MIRROR ? ` from ${env.ELECTRON_MIRROR}` : ''}...`);
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    env,
    encoding: 'utf8',
    // A stalled download must not hang `npm install` for ever.
    timeout: Number(env.RAPPORT_ELECTRON_INSTALL_TIMEOUT_MS ?? 10 * 60_000),
  });
  if (run.status === 0 && binaryState(electronDir, env).installed) {
    log.log(`rapport: Electron ${state.version} installed (${state.binary}).`);
    return 0;
  }
  const reason = (run.error?.message ?? run.stderr ?? '').trim().split('\n').find((line) => line.trim()) ?? `exit code ${run.status}`;
  log.warn(`rapport: ${offlineAdvice(state.version)}\n  Installer said: ${reason}`);
  return mode === 'check' ? 1 : 0;
}

function electronDirFrom(argv) {
  const at = argv.indexOf('--electron-dir');
  if (at >= 0 && argv[at + 1]) return argv[at + 1];
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const mode = argv.includes('--check') ? 'check' : 'postinstall';
  let electronDir;
  try {
    electronDir = electronDirFrom(argv);
  } catch {
    // `npm install --omit=dev` leaves Electron out: nothing to fetch.
    console.warn('rapport: the electron package is not installed; skipping its binary.');
    process.exit(mode === 'check' ? 1 : 0);
  }
  process.exit(ensureElectronBinary({ electronDir, mode }));
}
