import type { Plugin } from 'vite';

/**
 * The web build's Content Security Policy, as a meta tag in the built page.
 * Only in builds: the dev server injects an inline script for hot reload.
 * Scripts only from the app itself; sync relays over ws/wss; no plugins, no frames.
 * worker-src and manifest-src name what the service worker (sw.js) and the web manifest
 * need, 'self', so they stay locked even if script-src or default-src ever widen.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'rapport-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${WEB_CSP}" />`),
  };
}
