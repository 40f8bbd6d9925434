/**
 * Links the app may hand to the operating system (shell.openExternal): web and
 * mail links only. Anything else (file:, javascript:, custom schemes that start
 * other programs, smb: shares) is refused. Answers the normalised URL to open.
 */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL = 4096;

export function validateExternalUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL) return undefined;
  // Control characters and spaces have no place in a link; browsers strip some, so refuse them.
  // eslint-disable-next-line no-control-regex -- control characters are what must be refused
  if (/[\u0000-\u0020\u007f]/.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') return /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(url.pathname)) ? url.href : undefined;
  // Credentials in a link are a phishing trick (https://bank.com@evil.example).
  if (!url.hostname || url.username || url.password) return undefined;
  return url.href;
}
