/**
 * The app's own origin. The built renderer is served from `rapport://app/`
 * rather than file:// (DESIGN.md section 8): a real origin for IndexedDB and
 * CSP, and no access to the rest of the disk.
 */
export const APP_SCHEME = 'rapport';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The print window's documents, served only in the print session (src/main/pdf/printJobs.ts). */
export const PRINT_HOST = 'print';
export const PRINT_ORIGIN = `${APP_SCHEME}://${PRINT_HOST}`;

/**
 * Registered before the app is ready. standard: a real origin with relative
 * URLs; secure: treated like https (IndexedDB, crypto.subtle); supportFetchAPI:
 * fetch() of app files. No bypassCSP, no corsEnabled for others.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
} as const;
