import { WEB_JOIN_FRAGMENT, joinLinkFor } from '../../shared/deeplink/deepLink';
import { encodeInvite, type Invite } from '../../shared/sync/invite';
import { desktopBridge } from '../../shared/ipc/bridge';

/**
 * The link to share an invite with: rapport://join#… from the desktop app (the
 * OS opens the app with it), this page's address with #join=… from the web
 * build. Either way the invite stays in the fragment, never sent to a server.
 */
export function inviteLinkFor(invite: Omit<Invite, 'v'>): string {
  if (desktopBridge()) return joinLinkFor(invite);
  return `${window.location.origin}${window.location.pathname}${WEB_JOIN_FRAGMENT}${encodeInvite(invite)}`;
}
