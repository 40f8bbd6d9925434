import { resolve } from 'node:path';

/**
 * How to register as the rapport:// handler (app.setAsDefaultProtocolClient),
 * or null for "do not". Installed, the app registers itself plainly. From
 * source (`electron .`, process.defaultApp), Windows must start Electron with
 * the app's path or a link would open a bare Electron; macOS registers the
 * Electron bundle as is; Linux does not register, since xdg-settings would make
 * the developer's electron.desktop (which runs no app) the handler. Installed
 * on Linux, the .desktop file declares the scheme (electron-builder's protocols).
 */
export function protocolClientRegistration(runtime: {
  platform: string;
  defaultApp: boolean;
  argv: readonly string[];
  execPath: string;
}): { path?: string; args?: string[] } | null {
  if (!runtime.defaultApp) return {};
  if (runtime.platform === 'win32') return runtime.argv.length >= 2 ? { path: runtime.execPath, args: [resolve(runtime.argv[1])] } : null;
  if (runtime.platform === 'darwin') return {};
  return null;
}
