/**
 * Links in notebooks are user content: only web and mail links are kept as
 * links. `javascript:`, `data:` and everything else never become clickable.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}
