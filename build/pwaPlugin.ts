import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The web build as an installable offline app: a web manifest and a Workbox
 * service worker that precaches the whole app shell. Used by vite.web.config.ts
 * only; the desktop renderer (served by main from rapport://app/, whose scheme
 * does not allow service workers) never gets one.
 *
 * Registration is the app's own code (src/renderer/pwa/serviceWorker.ts, with
 * workbox-window), inside the app bundle: no inline or extra <script>, so the strict
 * CSP needs no 'unsafe-inline' and no hash.
 */

const RENDERER = resolve(import.meta.dirname, '../src/renderer');
/** The worker's file at the root of the build, next to index.html (so its scope is the whole app). */
const SW_FILENAME = 'sw.js';

/**
 * The app's colour tokens, read from :root in theme/tokens.css so the manifest never
 * drifts from them: a plain colour, or the light one of a light-dark() pair (the
 * manifest has one colour; light is what a splash screen shows by default).
 */
export function cssColour(css: string, token: string): string {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const value = new RegExp(`--${token}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})[\\s,;)]`).exec(root)?.[1];
  if (!value) throw new Error(`theme/tokens.css has no --${token} colour in :root; the web manifest needs it.`);
  return value;
}

export function webManifest(css: string): Partial<ManifestOptions> {
  return {
    name: 'Rapport',
    short_name: 'Rapport',
    description: 'Every customer is a relationship notebook. Works offline; your data stays on this device first.',
    lang: 'en',
    dir: 'ltr',
    // Relative to the manifest, like the build's `base: './'`: the app works from any folder it is deployed to.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: cssColour(css, 'accent'),
    background_color: cssColour(css, 'bg'),
    categories: ['business', 'productivity'],
    icons: [
      { src: 'icons/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

export function pwaOptions(css: string): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    injectRegister: false,
    filename: SW_FILENAME,
    manifest: webManifest(css),
    // The glob below already lists the favicon and the icons; the plugin adds the manifest itself.
    includeManifestIcons: false,
    workbox: {
      // Everything the app needs to start with the network off: every chunk, styles, the page,
      // images, fonts and wasm should any appear. Source maps are left to the network.
      globPatterns: ['**/*.{js,mjs,css,html,png,svg,ico,webp,woff,woff2,ttf,wasm}'],
      globIgnores: ['**/*.map'],
      // The app routes in the hash, so every navigation is the one page.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit becomes offline-capable without a reload. Updates still wait for the
      // user ("Reload to update"): a new worker activates only when asked to skip waiting.
      clientsClaim: true,
      skipWaiting: false,
      // The main chunk is about 1.5 MB; a chunk over the limit would silently be left out of
      // the precache (and the app would not start offline), so the limit is set with room.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  };
}

/**
 * Tells the renderer at build time that it is the web build with a service worker to
 * register (the desktop build leaves the flag undefined, so the registration code is
 * dropped from its bundle), and gives the page the manifest's theme colour.
 */
const pwaPage = (themeColour: string): Plugin => ({
  name: 'rapport-pwa-page',
  // Builds only: the dev server (`npm run web`) has no service worker to register.
  config: (_config, env) => (env.command === 'build' ? { define: { 'import.meta.env.RAPPORT_SERVICE_WORKER': JSON.stringify(SW_FILENAME) } } : undefined),
  transformIndexHtml: (html) => html.replace('</head>', `  <meta name="theme-color" content="${themeColour}" />\n  </head>`),
});

export function pwaPlugin(): Plugin[] {
  const css = readFileSync(resolve(RENDERER, 'theme/tokens.css'), 'utf8');
  return [pwaPage(cssColour(css, 'accent')), ...VitePWA(pwaOptions(css))];
}
