/**
 * The deep-link facts the sandboxed preload needs too. No imports on purpose:
 * the preload may only require('electron') at run time, so it cannot load the
 * zod parser (deepLink.ts); it only screens what main sends, and the renderer
 * parses every link again.
 */
export const DEEP_LINK_SCHEME = 'rapport';

/** Large enough for any invite the invite schema accepts (every field at its maximum, escaped), small enough to refuse junk. */
export const MAX_DEEP_LINK_LENGTH = 16 * 1024;

/** A first screen, not validation: text of bounded length in the rapport:// scheme. */
export function looksLikeDeepLink(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_DEEP_LINK_LENGTH && value.startsWith(`${DEEP_LINK_SCHEME}://`);
}
