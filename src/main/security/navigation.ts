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

/** What setWindowOpenHandler answers: always deny, and maybe open externally. */
export interface WindowOpenDecision {
  response: { action: 'deny' };
  openExternal?: string;
}

export function decideWindowOpen(details: { url: string }): WindowOpenDecision {
  const external = validateExternalUrl(details.url);
  return external ? { response: { action: 'deny' }, openExternal: external } : { response: { action: 'deny' } };
}
