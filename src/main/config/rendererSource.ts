import { APP_ENTRY_URL, APP_ORIGIN } from './appProtocol';

export type RendererSource =
  | { kind: 'app'; url: string; origin: string }
  | { kind: 'dev-server'; url: string; origin: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the window loads the renderer from. `electron-vite dev` sets
 * ELECTRON_RENDERER_URL to its dev server; that is honoured only in an
 * unpackaged app and only for an http URL on loopback, so an environment
 * variable can never point a shipped app at a remote page.
 */
export function resolveRendererSource(options: { isPackaged: boolean; env: Record<string, string | undefined> }): RendererSource {
  const devUrl = options.env.ELECTRON_RENDERER_URL;
  if (!options.isPackaged && devUrl) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(devUrl);
    } catch {
      parsed = undefined;
    }
    if (parsed && parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)) {
      return { kind: 'dev-server', url: parsed.href, origin: parsed.origin };
    }
  }
  return { kind: 'app', url: APP_ENTRY_URL, origin: APP_ORIGIN };
}
