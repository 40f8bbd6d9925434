import { BrowserWindow, app, session } from 'electron';
import { Bonjour } from 'bonjour-service';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFor } from '../config/csp';
import { builtPaths } from '../config/paths';
import { resolveRendererSource } from '../config/rendererSource';
import { createIpcRouter } from '../ipc/router';
import { createLanHosting } from '../lan/hosting';
import { createMdns } from '../lan/mdns';
import { createLogger } from '../../relay/logger';
import { WINDOW_STATE_FILE } from '../windowState/store';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { createMainWindow } from './mainWindow';
import { installAppProtocol, registerAppSchemeBeforeReady } from './protocol';
import { createDesktopServices } from './services';
import { installDeepLinks } from './deepLinks';
import { createElectronReminders } from './reminders';
import { REMINDER_STATE_FILE } from '../reminders/stateFile';
import { createWindowRegistry } from '../windows/windowRegistry';
import { refuseFileProtocol } from './fileProtocol';
import { installAutoUpdates } from './autoUpdate';

/** The desktop app's lifecycle: one hardened window, the app protocol, the menu and IPC. */
export function startDesktopApp(): void {
  registerAppSchemeBeforeReady();
  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const mainDir = dirname(fileURLToPath(import.meta.url));
  const paths = builtPaths(mainDir);
  const source = resolveRendererSource({ isPackaged: app.isPackaged, env: process.env });
  // One or more windows on the workspace ("New window"); commands go to the one the user was in last.
  const windows = createWindowRegistry<BrowserWindow>();
  const getWindow = () => windows.current();
  // Deep links: listening before 'ready', since macOS sends the link that launched the app as open-url first.
  const deepLinks = installDeepLinks({ getWindow, openWindow: () => void openWindow(), log: (message, details) => console.warn(message, details) });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, source.origin));
  app.on('second-instance', (_event, argv) => {
    deepLinks.router.receiveArgv(argv, 'second-instance');
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  const iconFile = join(app.getAppPath(), 'resources', 'icons', 'icon.png');
  const openWindow = async (cascadeFrom?: BrowserWindow) => {
    const mainWindow = await createMainWindow({
      source,
      preloadPath: paths.preload,
      appVersion: app.getVersion(),
      iconPath: existsSync(iconFile) ? iconFile : undefined,
      statePath: join(app.getPath('userData'), WINDOW_STATE_FILE),
      cascadeFrom,
    });
    windows.add(mainWindow);
    reminders.watchWindow(mainWindow);
    deepLinks.watchWindow(mainWindow);
  };
  // Follow-up reminders: notifications from main, scheduled from the renderer's list.
  const reminders = createElectronReminders({
    statePath: join(app.getPath('userData'), REMINDER_STATE_FILE),
    iconPath: existsSync(iconFile) ? iconFile : undefined,
    getWindow,
    openWindow: () => void openWindow(),
    log: (message, details) => console.warn(message, details),
  });

  // LAN hosting (embedded relay + mDNS), created on first use from the renderer.
  const logger = createLogger(app.isPackaged ? 'warn' : 'info');
  const hosting = createLanHosting({
    dataDir: join(app.getPath('userData'), 'lan-relay'),
    createBonjour: () => createMdns(Bonjour, undefined, (error) => logger.warn('lan.mdns_error', { message: String(error) })),
    logger,
  });
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Tell joiners and flush the relay's docs before the process ends.
    quitting = true;
    event.preventDefault();
    void hosting
      .dispose()
      .catch((error: unknown) => logger.warn('lan.dispose_failed', { message: String(error) }))
      .finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    const ses = session.defaultSession;
    hardenSession(ses, source);
    installAppProtocol(ses, paths.rendererRoot, cspFor(source));
    refuseFileProtocol(ses, (message, details) => console.warn(message, details));
    registerIpcHandlers(
      createIpcRouter({
        services: createDesktopServices(getWindow, hosting, reminders.service, deepLinks.router),
        trustedOrigin: source.origin,
        log: { warn: (message, details) => console.warn(message, details) },
      }),
    );
    installAppMenu(getWindow, !app.isPackaged, () => void openWindow(getWindow()));
    reminders.attach();
    await openWindow();
    // Packaged builds only; the first check waits a minute (src/main/update/policy.ts).
    void installAutoUpdates({ getWindow, log: (message, details) => console.warn(message, details) }).catch((error: unknown) => console.warn('update_setup_failed', { message: String(error) }));
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) void openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
