import { shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from '../config/appProtocol';
import { responseHeadersFor } from '../config/csp';
import type { RendererSource } from '../config/rendererSource';
import { createExternalOpenGate } from '../security/externalOpenGate';
import { decideFrameNavigation, decideNavigation, decideRedirect, decideWindowOpen } from '../security/navigation';
import { decidePermission } from '../security/permissions';

export interface HardeningOptions {
  /** Where refused external opens are reported (default console.warn). */
  warn?: (message: string, details: Record<string, unknown>) => void;
  /** The clock for the gesture and rate checks (default Date.now). */
  now?: () => number;
}

/**
 * Applied to every webContents the app creates (app 'web-contents-created'):
 * no navigation away (will-navigate, will-frame-navigate, will-redirect), no
 * new windows, no <webview>. Safe web and mail links open in the system's
 * browser or mail client, but only right after a user gesture in that
 * webContents and at most once a second (src/main/security/externalOpenGate.ts).
 */
export function hardenWebContents(contents: WebContents, appOrigin: string, options: HardeningOptions = {}): void {
  const warn = options.warn ?? ((message, details) => console.warn(message, details));
  const now = options.now ?? Date.now;
  const gate = createExternalOpenGate();
  contents.on('input-event', (_event, input) => gate.noteInput(input.type, now()));
  const openExternal = (url: string, via: string) => {
    const decision = gate.tryOpen(now());
    // The URL stays out of the log: it may be a customer's private link.
    if (!decision.allow) return warn('external_open_refused', { reason: decision.reason, via });
    void shell.openExternal(url);
  };

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appOrigin);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternal) openExternal(decision.openExternal, 'navigation');
  });
  contents.on('will-frame-navigate', (event) => {
    if (!decideFrameNavigation(event, appOrigin).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!decideRedirect(event, appOrigin).allow) event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => {
    const decision = decideWindowOpen(details);
    if (decision.openExternal) openExternal(decision.openExternal, 'window-open');
    return decision.response;
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide rules: permissions denied by default, the CSP on the renderer's pages. */
export function hardenSession(ses: Session, source: RendererSource): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl, source.origin));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin, source.origin));
  ses.setDevicePermissionHandler(() => false);
  const urls = source.kind === 'app' ? [`${APP_ORIGIN}/*`] : [`${source.origin}/*`];
  ses.webRequest.onHeadersReceived({ urls }, (details, callback) => {
    callback({ responseHeaders: responseHeadersFor(details.url, details.responseHeaders, source) });
  });
}
