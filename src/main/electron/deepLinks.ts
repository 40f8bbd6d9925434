import { app, type BrowserWindow } from 'electron';
import { DEEP_LINK_SCHEME } from '../../shared/deeplink/limits';
import { DEEP_LINK_CHANNEL } from '../../shared/ipc/channels';
import { createDeepLinkRouter, type DeepLinkRouter } from '../deeplink/deepLinkRouter';
import { protocolClientRegistration } from '../deeplink/protocolClient';

/**
 * Deep links on Electron: the protocol client registration and the three ways
 * a link arrives (cold start argv, second-instance argv, macOS open-url), all
 * handed to the plain-Node router. Call before the app is ready: macOS emits
 * open-url for the link that launched the app before 'ready'.
 */
export function installDeepLinks(options: {
  getWindow: () => BrowserWindow | undefined;
  /** Opens the app window when a link arrives while none is open (macOS keeps running without one). */
  openWindow: () => void;
  log: (message: string, details: Record<string, unknown>) => void;
}): { router: DeepLinkRouter; watchWindow(window: BrowserWindow): void } {
  registerProtocolClient();
  const router = createDeepLinkRouter({
    deliver: (link) => {
      const window = options.getWindow();
      if (!window || window.isDestroyed()) return false;
      window.webContents.send(DEEP_LINK_CHANNEL, link);
      return true;
    },
    focus: () => {
      const window = options.getWindow();
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    log: { warn: options.log },
  });

  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.receive(url, 'open-url');
    if (app.isReady() && !options.getWindow()) options.openWindow();
  });
  // Windows and Linux start the app with the link in argv; the single-instance
  // lock sends a second launch's argv to 'second-instance' (wired in app.ts).
  router.receiveArgv(process.argv, 'cold-start');

  return {
    router,
    watchWindow(window) {
      // A reload or a crashed renderer drops its subscription: queue until the new page says it is ready.
      window.webContents.on('did-navigate', () => router.rendererGone());
      window.webContents.on('render-process-gone', () => router.rendererGone());
      window.on('closed', () => router.rendererGone());
      // The page may have said ready before main held this window: send what waited.
      router.flush();
    },
  };
}

function registerProtocolClient(): void {
  const registration = protocolClientRegistration({ platform: process.platform, defaultApp: process.defaultApp === true, argv: process.argv, execPath: process.execPath });
  if (!registration) return;
  const registered =
    registration.path !== undefined
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, registration.path, registration.args)
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  if (!registered) console.warn('deeplink: could not register as the rapport:// handler');
}
