import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The install step (build/electronInstall.mjs) run for real: Electron's own installer
 * (`install.js` and @electron/get) downloads a test archive from a 127.0.0.1 mirror
 * (ELECTRON_MIRROR), checks it against the package's checksums.json and unpacks it. The
 * package is a copy of the installed `electron` package in a scratch folder, so the real
 * node_modules is never touched. This also proves the installer runs on this Node version
 * (Electron 45 declares node >= 22.12 in engines).
 */
const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'build/electronInstall.mjs');
const realElectron = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')) as { version: string };
const archiveName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

let scratch: string;
let archive: Buffer;
let server: Server;
let mirror: string;
const requests: string[] = [];

/** A stand-in Electron build: a script where the binary would be, and the version file. */
function makeArchive(dir: string): Buffer {
  const content = join(dir, 'archive-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'electron'), '#!/bin/sh\necho stand-in electron\n');
  chmodSync(join(content, 'electron'), 0o755);
  writeFileSync(join(content, 'version'), `v${version}`);
  const zip = join(dir, archiveName);
  // Python's zipfile is on every machine of this kind; Node has no zip writer of its own.
  execFileSync('python3', ['-c', 'import shutil,sys; shutil.make_archive(sys.argv[1][:-4], "zip", sys.argv[2])', zip, content]);
  return readFileSync(zip);
}

/** A copy of the `electron` package whose checksums.json vouches for `sha` as the archive's hash. */
function electronPackageCopy(name: string, sha: string): string {
  const modules = join(scratch, name, 'node_modules');
  const pkg = join(modules, 'electron');
  mkdirSync(pkg, { recursive: true });
  for (const file of ['install.js', 'package.json', 'index.js']) copyFileSync(join(realElectron, file), join(pkg, file));
  const checksums = JSON.parse(readFileSync(join(realElectron, 'checksums.json'), 'utf8')) as Record<string, string>;
  expect(checksums[archiveName], 'the package lists a checksum for this platform').toBeTruthy();
  writeFileSync(join(pkg, 'checksums.json'), JSON.stringify({ ...checksums, [archiveName]: sha }));
  // The installer's own dependencies, as installed.
  for (const dep of ['@electron/get', '@electron-internal/extract-zip']) {
    // Where Node would find it from the real package: nested first, then hoisted.
    const nested = join(realElectron, 'node_modules', dep);
    const target = realpathSync(existsSync(nested) ? nested : join(root, 'node_modules', dep));
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(target, join(modules, dep), 'dir');
  }
  return pkg;
}

function runStep(pkg: string, mode: '--postinstall' | '--check', env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, [script, mode, '--electron-dir', pkg], {
      env: { PATH: process.env.PATH ?? '', HOME: scratch, electron_config_cache: join(scratch, `cache-${Math.random()}`), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'rapport-electron-install-'));
  archive = makeArchive(scratch);
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === `/v${version}/${archiveName}`) {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': archive.length });
      response.end(archive);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(process.platform !== 'linux')('the Electron install step', () => {
  const sha = () => createHash('sha256').update(archive).digest('hex');

  it('downloads the binary through Electron installer from the mirror and unpacks it', async () => {
    const pkg = electronPackageCopy('good', sha());
    const result = await runStep(pkg, '--postinstall', { ELECTRON_MIRROR: mirror });
    expect(result.output).toContain(`Electron ${version} installed`);
    expect(result.code).toBe(0);
    expect(requests).toContain(`/v${version}/${archiveName}`);
    expect(readFileSync(join(pkg, 'path.txt'), 'utf8')).toBe('electron');
    expect(execFileSync(join(pkg, 'dist', 'electron'), { encoding: 'utf8' })).toContain('stand-in electron');

    // Installed: `npm start`'s check passes without downloading again.
    const before = requests.length;
    const again = await runStep(pkg, '--check', { ELECTRON_MIRROR: mirror });
    expect(again.code).toBe(0);
    expect(requests.length).toBe(before);
  });

  it('refuses an archive whose checksum does not match, and installs nothing', async () => {
    const pkg = electronPackageCopy('tampered', '0'.repeat(64));
    const result = await runStep(pkg, '--check', { ELECTRON_MIRROR: mirror });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/could not be downloaded[\s\S]*Installer said: .*(checksum|sha)/i);
    expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
  });

  it('offline: the install goes on with advice, and the start check fails with the same advice', async () => {
    const pkg = electronPackageCopy('offline', sha());
    // A port nothing listens on: what an offline machine sees.
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const deadMirror = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((done) => closed.close(done));

    const install = await runStep(pkg, '--postinstall', { ELECTRON_MIRROR: deadMirror });
    expect(install.code).toBe(0);
    expect(install.output).toContain('could not be downloaded');
    expect(install.output).toContain('npm run install-electron');

    const start = await runStep(pkg, '--check', { ELECTRON_MIRROR: deadMirror });
    expect(start.code).toBe(1);
    expect(start.output).toContain('ELECTRON_MIRROR');
    expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
  });

  it('ELECTRON_SKIP_BINARY_DOWNLOAD skips the download on purpose', async () => {
    const pkg = electronPackageCopy('skip', sha());
    const before = requests.length;
    const result = await runStep(pkg, '--postinstall', { ELECTRON_MIRROR: mirror, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.code).toBe(0);
    expect(result.output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(requests.length).toBe(before);
  });
});
