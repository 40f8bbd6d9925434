/**
 * Content Security Policy of the app window. Main sends it as a response header
 * for every page it serves; the renderer may repeat it in a meta tag
 * (APP_CSP_META: a meta tag cannot carry frame-ancestors).
 *
 * Scripts only from the app itself (no inline script, no eval); styles may be
 * inline (React and Lexical set style attributes); images also from data: and
 * blob:; connections to the app and to sync relays over ws:/wss: (a relay may
 * be any host the user types in Settings); no plugins, frames, forms or <base>.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const APP_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores (with a console warning) in a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function serializeCsp(directives: CspDirectives, options: { forMeta?: boolean } = {}): string {
  return Object.entries(directives)
    .filter(([name]) => !(options.forMeta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const APP_CSP = serializeCsp(APP_CSP_DIRECTIVES);
export const APP_CSP_META = serializeCsp(APP_CSP_DIRECTIVES, { forMeta: true });

/** Parses a policy string back into directives (used to check what is actually sent). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/**
 * The policy of the hidden window that prints a customer story: nothing but
 * inline styles and data: images and fonts. Scripts are also switched off in
 * that window's webPreferences; this is the second lock.
 */
export const PRINT_CSP = serializeCsp({
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
});
