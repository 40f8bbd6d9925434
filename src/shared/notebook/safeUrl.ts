/**
 * Links in notebooks are user content: only web and mail links are kept as
 * links. `javascript:`, `data:`, relative and scheme-less links never become
 * clickable. Browsers ignore tabs, newlines and control characters inside a
 * scheme ("java\tscript:"), so those are removed before the check.
 */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):(.+)$/i.exec(cleaned);
  if (!match) return false;
  const scheme = match[1].toLowerCase();
  if (!SAFE_SCHEMES.has(scheme)) return false;
  return scheme === 'mailto' ? /^[^@\s]+@[^@\s]+$/.test(match[2]) : match[2].startsWith('//') && match[2].length > 2;
}
