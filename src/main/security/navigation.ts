import { validateExternalUrl } from './externalUrl';

/**
 * The app window never navigates away from the app and never opens windows.
 * The renderer uses hash routes, which do not fire will-navigate, so every
 * will-navigate is denied. A web or mail link the user clicked is opened in the
 * system browser or mail client instead, after validation.
 */
export interface NavigationDecision {
  allow: false;
  /** Set when the target is a safe external link to hand to the OS. */
  openExternal?: string;
}

export function decideNavigation(targetUrl: string): NavigationDecision {
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
