import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileRequestRefusal, describeFileRequest } from './fileScheme';

const scratch = mkdtempSync(join(tmpdir(), 'rapport-file-scheme-'));
const secret = join(scratch, 'secret notes.txt');
writeFileSync(secret, 'a customer secret');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function refusal() {
  const logged: unknown[][] = [];
  return { logged, handle: createFileRequestRefusal((...entry) => logged.push(entry)) };
}

describe('file:// refused in the app session', () => {
  it('answers a request for a file that exists with a network error, never its bytes', async () => {
    const { handle, logged } = refusal();
    const response = handle(new Request(pathToFileURL(secret).href));
    expect(response.type).toBe('error');
    expect(response.status).toBe(0);
    expect(await response.text()).toBe('');
    expect(logged).toEqual([['file_request_refused', { path: secret, host: null }]]);
  });

  it.each([
    ['a directory listing', () => pathToFileURL(scratch).href + '/'],
    ['an encoded traversal', () => `${pathToFileURL(scratch).href}/..%2F..%2Fetc%2Fpasswd`],
    ['a query and a fragment', () => `${pathToFileURL(secret).href}?x=1#top`],
    ['a remote share', () => 'file://fileserver/share/notes.txt'],
  ])('refuses %s', (_name, url) => {
    const { handle, logged } = refusal();
    expect(handle({ url: url() }).type).toBe('error');
    expect(logged).toHaveLength(1);
  });

  it('names the local path the URL points at for the log, decoded, without reading it', () => {
    expect(describeFileRequest(pathToFileURL(secret).href)).toEqual({ path: secret, host: null });
    expect(describeFileRequest('file:///tmp/a%20b.png')).toEqual({ path: '/tmp/a b.png', host: null });
  });

  it('reports a host rather than a path for a share URL this platform cannot map, and nothing for a non-file URL', () => {
    const share = describeFileRequest('file://fileserver/share/notes.txt');
    expect(share.host).toBe('fileserver');
    if (process.platform !== 'win32') expect(share.path).toBeNull();
    expect(describeFileRequest('https://example.com/x')).toEqual({ path: null, host: null });
    expect(describeFileRequest('not a url')).toEqual({ path: null, host: null });
  });
});
