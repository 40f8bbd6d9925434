import { protocol, type Session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../config/appProtocol';
import { serveAppRequest } from '../protocol/serveApp';

/** Must run before the app is ready: Chromium fixes scheme privileges at start. */
export function registerAppSchemeBeforeReady(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves out/renderer on rapport://app/ in the given session. */
export function installAppProtocol(ses: Session, rendererRoot: string, csp: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request, csp));
}
