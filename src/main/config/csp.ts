import { APP_CSP, APP_CSP_DIRECTIVES, serializeCsp } from '../../shared/ipc/csp';
import { originOf } from '../security/sender';
import type { RendererSource } from './rendererSource';

/**
 * The policy main attaches to the renderer's pages. Built app: APP_CSP.
 * Dev server only: Vite's hot reload needs its inline preamble script and a
 * websocket to the dev server, so scripts also allow 'unsafe-inline' there.
 * Never 'unsafe-eval', in either.
 */
export function cspFor(source: RendererSource): string {
  if (source.kind === 'app') return APP_CSP;
  return serializeCsp({
    ...APP_CSP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'"],
    'connect-src': [...APP_CSP_DIRECTIVES['connect-src'], source.origin],
  });
}

/** Adds the policy to a response's headers, replacing any the server sent. */
export function withCspHeader(
  headers: Record<string, string | string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

/**
 * For session.webRequest.onHeadersReceived: pages of the renderer's origin get
 * the policy (replacing any sent); every other response passes unchanged.
 */
export function responseHeadersFor(
  url: string,
  headers: Record<string, string | string[]> | undefined,
  source: RendererSource,
): Record<string, string | string[]> | undefined {
  return originOf(url) === source.origin ? withCspHeader(headers, cspFor(source)) : headers;
}
