import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { cspPlugin } from './build/cspPlugin.ts';
import { pwaPlugin } from './build/pwaPlugin.ts';

// The web build: the same renderer as the desktop app, served as a plain page.
// Tests drive this build in Chromium (DESIGN.md section 8).
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  // pwaPlugin: manifest and service worker, in this build only (never in the desktop app).
  plugins: [react(), cspPlugin(), ...pwaPlugin()],
  resolve: { dedupe: ['yjs', 'lexical', 'react', 'react-dom'] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: { port: 5173 },
  preview: { port: 4317 },
});
