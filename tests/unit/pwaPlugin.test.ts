import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { cssColour, pwaOptions, webManifest } from '../../build/pwaPlugin';
import { WEB_CSP } from '../../build/cspPlugin';
import { parseCsp } from '../../src/shared/ipc/csp';
import desktopConfig from '../../electron.vite.config';
import webConfig from '../../vite.web.config';

const root = resolve(import.meta.dirname, '../..');
const css = readFileSync(resolve(root, 'src/renderer/theme/tokens.css'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function pluginNames(plugins: PluginOption[] | undefined): string[] {
  return (plugins ?? []).flat(Infinity as 1).flatMap((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? [String(plugin.name)] : []));
}

describe('web manifest', () => {
  const manifest = webManifest(css);

  it('takes its colours from the app tokens in theme/tokens.css (the light one of a light-dark pair)', () => {
    expect(manifest.theme_color).toBe(/--accent:\s*light-dark\((#[0-9a-f]+),/i.exec(css)?.[1]);
    expect(manifest.background_color).toBe(/--bg:\s*light-dark\((#[0-9a-f]+),/i.exec(css)?.[1]);
    expect(cssColour(':root { --bg: light-dark(#f6f6f4, #161618); }', 'bg')).toBe('#f6f6f4');
    expect(() => cssColour(':root { --bg: #fff; }', 'accent')).toThrow(/--accent/);
    // The light scheme (:root), not the dark override further down.
    expect(cssColour(':root { --bg: #ffffff; }\n@media (prefers-color-scheme: dark) { :root { --bg: #000000; } }', 'bg')).toBe('#ffffff');
  });

  it('is a standalone app whose start_url and scope are relative, like the build base', () => {
    expect(manifest).toMatchObject({ name: 'Rapport', short_name: 'Rapport', display: 'standalone', start_url: './', scope: './' });
    expect(webConfig.base).toBe('./');
  });

  it('lists icons that exist with the sizes it declares, one of them maskable', () => {
    for (const icon of manifest.icons ?? []) {
      const [width, height] = pngSize(resolve(root, 'src/renderer/public', icon.src));
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    expect(manifest.icons?.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
  });
});

describe('service worker options', () => {
  const options = pwaOptions(css);

  it('prompts instead of reloading, and registers from the app bundle (no inline script)', () => {
    expect(options.registerType).toBe('prompt');
    expect(options.injectRegister).toBe(false);
    expect(options.workbox?.skipWaiting).toBe(false);
  });

  it('precaches every kind of file the app shell is built from', () => {
    const patterns = options.workbox?.globPatterns?.join(' ') ?? '';
    for (const ext of ['js', 'css', 'html', 'png', 'woff2', 'wasm']) expect(patterns).toContain(ext);
    expect(options.workbox?.navigateFallback).toBe('index.html');
  });

  it('is in the web build only, never in the desktop renderer', () => {
    expect(pluginNames(webConfig.plugins)).toContain('vite-plugin-pwa');
    const renderer = (desktopConfig as { renderer?: { plugins?: PluginOption[] } }).renderer;
    expect(pluginNames(renderer?.plugins)).not.toContain('vite-plugin-pwa');
    expect(pluginNames(renderer?.plugins).some((name) => name.includes('pwa'))).toBe(false);
  });

  it('runs under a CSP that allows the worker and the manifest from the app only, and no inline script', () => {
    const csp = parseCsp(WEB_CSP);
    expect(csp['worker-src']).toEqual(["'self'"]);
    expect(csp['manifest-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
  });
});
