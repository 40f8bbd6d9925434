import { formatDeepLink, parseDeepLink } from '../../shared/deeplink/deepLink';
import { deepLinksInArgv } from './argv';

/** Where a link came from: the launch itself, a second launch (Windows, Linux), or macOS's open-url. */
export type DeepLinkSource = 'cold-start' | 'second-instance' | 'open-url';

/**
 * The same link arriving again within this time is one click, not two: macOS
 * can hand a cold start's link both through open-url and argv, and a browser
 * or a double click can launch the handler twice. A link clicked again later
 * (a join cancelled, then wanted after all) is delivered again.
 */
export const DEDUPE_WINDOW_MS = 2_000;

/** Links wait for the renderer; a flood of launches must not pile up without bound. */
export const MAX_QUEUED_LINKS = 8;

export interface DeepLinkRouterOptions {
  /** Sends a canonical link to the renderer; answers false when there is no window to send to (the link stays queued). */
  deliver(link: string): boolean;
  /** Brings the app window to the front (restored if minimized). */
  focus(): void;
  now?: () => number;
  log?: { warn(message: string, details: Record<string, unknown>): void };
}

export interface DeepLinkRouter {
  /** Takes one link; answers whether it was accepted (valid and not a duplicate). */
  receive(raw: string, source: DeepLinkSource): boolean;
  /** Takes every link in a command line; answers how many were accepted. */
  receiveArgv(argv: readonly unknown[], source: DeepLinkSource): number;
  /** The renderer subscribed and can handle links: deliver what waited, and later links at once. */
  rendererReady(): void;
  /** The page is reloading or gone: queue until the next page says it is ready. */
  rendererGone(): void;
  /** A window to deliver to now exists (links that could not be sent are tried again). */
  flush(): void;
  /** Links waiting for the renderer, oldest first. */
  pending(): readonly string[];
}

/**
 * Deep links in main: parsed and refused here first (the renderer parses again),
 * held until the renderer says it is ready (a cold start's link arrives before
 * there is a window, macOS's open-url even before the app is ready),
 * deduplicated, and the window focused. Plain Node: the Electron adapter
 * (src/main/electron/deepLinks.ts) only wires events to it.
 */
export function createDeepLinkRouter(options: DeepLinkRouterOptions): DeepLinkRouter {
  const now = options.now ?? Date.now;
  const queue: string[] = [];
  const delivered = new Map<string, number>();
  let ready = false;

  const recentlyDelivered = (link: string) => {
    const at = delivered.get(link);
    return at !== undefined && now() - at < DEDUPE_WINDOW_MS;
  };

  const flush = () => {
    if (!ready) return;
    while (queue.length > 0) {
      const link = queue[0];
      if (!options.deliver(link)) return;
      queue.shift();
      delivered.set(link, now());
    }
    for (const [link, at] of delivered) if (now() - at >= DEDUPE_WINDOW_MS) delivered.delete(link);
  };

  const receive = (raw: string, source: DeepLinkSource): boolean => {
    const parsed = parseDeepLink(raw);
    if (!parsed.ok) {
      // Never log the link itself: a join link carries a token.
      options.log?.warn('deeplink: refused', { source, reason: parsed.error, length: typeof raw === 'string' ? raw.length : null });
      return false;
    }
    const link = formatDeepLink(parsed.link);
    options.focus();
    if (queue.includes(link) || recentlyDelivered(link)) return false;
    queue.push(link);
    if (queue.length > MAX_QUEUED_LINKS) queue.shift();
    flush();
    return true;
  };

  return {
    receive,
    receiveArgv: (argv, source) => deepLinksInArgv(argv).filter((raw) => receive(raw, source)).length,
    rendererReady: () => {
      ready = true;
      flush();
    },
    rendererGone: () => {
      ready = false;
    },
    flush,
    pending: () => [...queue],
  };
}
