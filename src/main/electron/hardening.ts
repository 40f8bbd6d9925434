import { shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from '../config/appProtocol';
import { responseHeadersFor } from '../config/csp';
import type { RendererSource } from '../config/rendererSource';
import { decideNavigation, decideWindowOpen } from '../security/navigation';
import { decidePermission } from '../security/permissions';

/**
 * Applied to every webContents the app creates (app 'web-contents-created'):
 * no navigation away, no new windows, no <webview>. Safe web and mail links
 * the user clicks open in the system's browser or mail client.
 */
export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appOrigin);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternal) void shell.openExternal(decision.openExternal);
  });
  contents.setWindowOpenHandler((details) => {
    const decision = decideWindowOpen(details);
    if (decision.openExternal) void shell.openExternal(decision.openExternal);
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
