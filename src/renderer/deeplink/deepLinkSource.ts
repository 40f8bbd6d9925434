import { deepLinkSchema, parseWebJoinFragment, type DeepLinkResult } from '../../shared/deeplink/deepLink';
import { desktopBridge } from '../../shared/ipc/bridge';

/** A link main sent over IPC, parsed again here: the renderer trusts no payload it did not validate. */
export function parseDeepLinkMessage(text: unknown): DeepLinkResult {
  const parsed = deepLinkSchema.safeParse(text);
  return parsed.success ? { ok: true, link: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? 'The link is not valid.' };
}

/**
 * The web build's invite links (`…/#join=rapport-invite:…`): taken from the
 * address and removed from it at once, so the token stays in neither the
 * address bar nor the history. Null when the address holds no such link.
 */
export function takeWebJoinLink(): DeepLinkResult | null {
  const result = parseWebJoinFragment(window.location.hash);
  if (result) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return result;
}

/**
 * Every deep link that reaches this page: from main in the desktop app (a
 * cold start's link waits there until this subscribes and says it is ready),
 * and from the address in any build. Returns the unsubscribe function.
 */
export function subscribeDeepLinks(onLink: (result: DeepLinkResult) => void): () => void {
  const bridge = desktopBridge();
  const offDesktop = bridge?.deepLinks.subscribe((text) => onLink(parseDeepLinkMessage(text)));
  bridge?.deepLinks.ready().catch((error: unknown) => console.warn('deeplink: main did not take the ready signal', error));

  const fromAddress = () => {
    const result = takeWebJoinLink();
    if (result) onLink(result);
  };
  fromAddress();
  window.addEventListener('hashchange', fromAddress);
  return () => {
    offDesktop?.();
    window.removeEventListener('hashchange', fromAddress);
  };
}
