import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../config/appProtocol';
import { mimeTypeFor } from './mimeTypes';

/**
 * Serves the built renderer (out/renderer) on rapport://app/. A request can
 * only ever read a regular file inside the root: encoded dots and slashes,
 * backslashes, NUL bytes, absolute paths and symlinks that lead out are all
 * refused, and the resolved real path is checked against the real root.
 */
export type AppFileResolution =
  | { ok: true; path: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

export async function resolveAppFile(rootDir: string, requestUrl: string): Promise<AppFileResolution> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403, reason: 'not the app origin' };

  // Look at the raw path too: new URL() folds "/../" away, but "%2e%2e%2f" and
  // "%5c" only turn into traversal once decoded.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'NUL byte' };
  if (decoded.includes('\\')) return { ok: false, status: 403, reason: 'backslash' };
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403, reason: 'dot segment' };
  // Windows drive letters or UNC inside a segment ("C:", "//server") never name an app file.
  if (segments.some((segment) => segment.includes(':'))) return { ok: false, status: 403, reason: 'colon in path' };

  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  let realRoot: string;
  try {
    realRoot = await realpath(rootDir);
  } catch {
    return { ok: false, status: 404, reason: 'renderer not built' };
  }
  const candidate = resolve(realRoot, relativePath);
  if (!isInside(realRoot, candidate)) return { ok: false, status: 403, reason: 'outside root' };

  let realCandidate: string;
  try {
    realCandidate = await realpath(candidate);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!isInside(realRoot, realCandidate)) return { ok: false, status: 403, reason: 'symlink leads outside root' };
  const info = await stat(realCandidate).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, status: 404, reason: 'not a file' };
  return { ok: true, path: realCandidate, mimeType: mimeTypeFor(realCandidate) };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The whole protocol handler, as plain Node (Request and Response are global
 * in Node 20 and in Electron): the adapter only registers it. Every response,
 * errors included, carries the CSP and forbids MIME sniffing.
 */
export async function serveAppRequest(rootDir: string, request: { url: string; method: string }, csp: string): Promise<Response> {
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { ...headers, 'Content-Type': 'text/plain' } });
  }
  const resolved = await resolveAppFile(rootDir, request.url);
  const body = resolved.ok && request.method === 'GET' ? await readFile(resolved.path).catch(() => undefined) : null;
  if (!resolved.ok || body === undefined) {
    const status = resolved.ok ? 404 : resolved.status;
    return new Response(status === 404 ? 'Not found' : 'Refused', {
      status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': resolved.mimeType } });
}
