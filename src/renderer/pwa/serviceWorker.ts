import { desktopBridge } from '../../shared/ipc/bridge';
import { createUpdateFlow, type UpdateFlow } from './updateFlow';

declare global {
  interface ImportMetaEnv {
    /** The service worker's file, relative to the page: set by build/pwaPlugin.ts in the web build only. */
    readonly RAPPORT_SERVICE_WORKER?: string;
  }
}

/** A long-lived tab looks for a new version this often (the browser also looks on every start). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let flow: UpdateFlow | undefined;

/**
 * Registers the web build's service worker once (workbox-window, after the page's `load`),
 * and returns the update flow the "Reload to update" notice follows. Undefined in the
 * desktop app (the preload bridge is there, and rapport:// allows no service worker anyway),
 * in dev servers and in browsers without service workers (or not in a secure context).
 *
 * workbox-window rather than the plugin's `virtual:pwa-register`: a virtual module exists
 * only where vite-plugin-pwa runs, and this file is also compiled by the desktop dev server
 * and by vitest, which would fail to resolve it.
 */
export function serviceWorkerUpdates(): UpdateFlow | undefined {
  // A build-time constant: in the desktop build this branch, and the import of
  // workbox-window below, are dropped from the bundle.
  const scriptUrl = import.meta.env.RAPPORT_SERVICE_WORKER;
  if (!scriptUrl) return undefined;
  if (flow) return flow;
  if (desktopBridge() !== undefined || !('serviceWorker' in navigator)) return undefined;
  let skipWaiting: (() => void) | undefined;
  const created = createUpdateFlow({
    skipWaiting: async () => {
      if (!skipWaiting) throw new Error('The service worker is not registered yet.');
      skipWaiting();
    },
    reload: () => window.location.reload(),
  });
  flow = created;
  // A new version took over when the controller changes from one worker to another: in
  // this tab because its user asked (reload), or in another tab (say so, never reload).
  // Watched here rather than through Workbox's `controlling` event, whose `isUpdate` is
  // false in a tab that was not yet controlled when it registered (a first visit, claimed
  // later). A change from no controller is the first install claiming this page.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (previous) created.onNeedReload();
  });
  void (async () => {
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(scriptUrl, { scope: './' });
    // Fired for a worker this tab installed, one another tab installed, and one that was
    // already waiting when this page loaded.
    workbox.addEventListener('waiting', created.onNeedRefresh);
    skipWaiting = () => workbox.messageSkipWaiting();
    const registration = await workbox.register();
    if (!registration) return;
    setInterval(() => {
      if (navigator.onLine) registration.update().catch(() => undefined);
    }, UPDATE_CHECK_MS);
  })().catch((error: unknown) => console.warn('Rapport works online only: the service worker did not register.', error));
  return created;
}
