import { validateExternalUrl } from './externalUrl';
import { originOf } from './sender';

/**
 * The app window never navigates away from the app and never opens windows.
 * Navigation inside the app's own origin (rapport://app, or the dev server in
 * development) is allowed; the renderer mostly uses hash routes, which do not
 * even fire will-navigate. Anything else is denied; a web or mail link the
 * user clicked is opened in the system browser or mail client instead, after
 * validation.
 */
export interface NavigationDecision {
  allow: boolean;
  /** Set when the target is a safe external link to hand to the OS. */
  openExternal?: string;
}

export function decideNavigation(targetUrl: string, appOrigin: string): NavigationDecision {
  if (originOf(targetUrl) === appOrigin) return { allow: true };
  const external = validateExternalUrl(targetUrl);
  // Only web and mail links leave the app; never a file: or custom scheme.
  return external ? { allow: false, openExternal: external } : { allow: false };
}

/** What Electron tells about a navigation step (will-frame-navigate, will-redirect). */
export interface NavigationStep {
  url: string;
  isMainFrame: boolean;
}

/**
 * will-frame-navigate, for any frame. Electron emits it after will-navigate
 * (which already decided the main frame and, for a link, handed it to the OS),
 * so the main frame gets the same allow or deny and never a second external
 * open. Subframes: the app has none (its CSP says frame-src 'none'), so any
 * subframe navigation is denied, in the app origin too, and never leaves the app.
 */
export function decideFrameNavigation(step: NavigationStep, appOrigin: string): NavigationDecision {
  return { allow: step.isMainFrame && decideNavigation(step.url, appOrigin).allow };
}

/**
 * will-redirect (a server-side redirect, also of navigations main started with
 * loadURL). A redirect of the main frame to another page of the app origin is
 * allowed: that server is the app itself (rapport://app, or the dev server in
 * development), and a dev server may redirect /x to /x/. A redirect anywhere
 * else is denied and never opened externally: a redirect is the server's
 * choice, not the user's click.
 */
export function decideRedirect(step: NavigationStep, appOrigin: string): NavigationDecision {
  return { allow: step.isMainFrame && originOf(step.url) === appOrigin };
}

/** What setWindowOpenHandler answers: always deny, and maybe open externally. */
export interface WindowOpenDecision {
  response: { action: 'deny' };
  openExternal?: string;
}

export function decideWindowOpen(details: { url: string }): WindowOpenDecision {
  const external = validateExternalUrl(details.url);
  return external ? { response: { action: 'deny' }, openExternal: external } : { response: { action: 'deny' } };
}
