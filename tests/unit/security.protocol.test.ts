import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../src/shared/ipc/csp';
import { resolveAppFile, serveAppRequest } from '../../src/main/protocol/serveApp';

// The app protocol handler on real files: a renderer root with a secret next to it.
let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'rapport-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'style name.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  await mkdir(join(base, 'renderer-evil'));
  await writeFile(join(base, 'renderer-evil', 'x.js'), 'evil');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
  await symlink(base, join(root, 'up'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app protocol path resolution', () => {
  it('serves files inside the root, index.html for the bare origin', async () => {
    expect(await resolveAppFile(root, 'rapport://app/')).toMatchObject({ ok: true, path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(await resolveAppFile(root, 'rapport://app/assets/app.js')).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(await resolveAppFile(root, 'rapport://app/assets/style%20name.css?v=1#x')).toMatchObject({ ok: true, path: join(root, 'assets', 'style name.css') });
  });

  it('refuses every way out of the root', async () => {
    const attempts = [
      'rapport://app/../secret.txt',
      'rapport://app/assets/../../secret.txt',
      'rapport://app/%2e%2e/secret.txt',
      'rapport://app/%2E%2E%2Fsecret.txt',
      'rapport://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'rapport://app/..%2fsecret.txt',
      'rapport://app/..%5csecret.txt',
      'rapport://app/assets\\..\\..\\secret.txt',
      'rapport://app/%00index.html',
      'rapport://app/index.html%00.js',
      'rapport://app//etc/passwd',
      `rapport://app/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'rapport://app/C:%5CWindows%5Cwin.ini',
      'rapport://app/../renderer-evil/x.js',
      'rapport://app/%2e%2e/renderer-evil/x.js',
      'rapport://app/assets/link-out.txt',
      'rapport://app/up/secret.txt',
      'rapport://app/%E0%A4%A',
      'rapport://evil/index.html',
      'https://app/index.html',
      'file:///etc/passwd',
      'not a url',
    ];
    for (const url of attempts) {
      const result = await resolveAppFile(root, url);
      expect(result.ok, url).toBe(false);
    }
  });

  it('answers 404 when the renderer is not built, instead of throwing', async () => {
    expect(await resolveAppFile(join(base, 'no-such-dir'), 'rapport://app/index.html')).toMatchObject({ ok: false, status: 404 });
  });

  it('answers 404 for a missing file and for a directory', async () => {
    expect(await resolveAppFile(root, 'rapport://app/missing.js')).toMatchObject({ ok: false, status: 404 });
    expect(await resolveAppFile(root, 'rapport://app/assets/')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('app protocol responses', () => {
  it('serves the file with its type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, { url: 'rapport://app/index.html', method: 'GET' }, APP_CSP);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Rapport</title>');
  });

  it('never returns the secret, whatever the request', async () => {
    for (const url of ['rapport://app/%2e%2e/secret.txt', 'rapport://app/assets/link-out.txt', 'rapport://app/up/secret.txt']) {
      const response = await serveAppRequest(root, { url, method: 'GET' }, APP_CSP);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('TOP SECRET');
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppRequest(root, { url: 'rapport://app/index.html', method: 'POST' }, APP_CSP)).status).toBe(405);
    const head = await serveAppRequest(root, { url: 'rapport://app/index.html', method: 'HEAD' }, APP_CSP);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
