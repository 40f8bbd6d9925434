import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { APP_CSP_META } from './src/shared/ipc/csp.ts';

// Main also sends the policy as a header (src/main/protocol/serveApp.ts); the
// meta tag keeps the built page strict even if it is ever opened another way.
const appCspMeta = (): Plugin => ({
  name: 'rapport-app-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${APP_CSP_META}" />`),
});

// Desktop build: main and preload for Node/Electron, the renderer shared with the web build.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot `require` ESM: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), appCspMeta()],
    resolve: { dedupe: ['yjs', 'lexical', 'react', 'react-dom'] },
    build: {
      // electron-vite leaves the renderer unminified by default; minify it as the web build
      // does (Vite's own default, oxc, CSS too), since its first load is parsed on every window.
      minify: 'oxc',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
