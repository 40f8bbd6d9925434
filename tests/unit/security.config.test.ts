import { describe, expect, it } from 'vitest';
import { APP_CSP, APP_CSP_META, PRINT_CSP, parseCsp } from '../../src/shared/ipc/csp';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES } from '../../src/main/config/appProtocol';
import { cspFor, responseHeadersFor } from '../../src/main/config/csp';
import { builtPaths } from '../../src/main/config/paths';
import { resolveRendererSource } from '../../src/main/config/rendererSource';
import { PRINT_PARTITION, mainWindowOptions, mainWindowWebPreferences, printWindowOptions } from '../../src/main/config/webPreferences';
import { validateExternalUrl } from '../../src/main/security/externalUrl';
import { decideFrameNavigation, decideNavigation, decideRedirect, decideWindowOpen } from '../../src/main/security/navigation';
import { ALLOWED_PERMISSIONS, decidePermission } from '../../src/main/security/permissions';

// DESIGN.md section 8 checklist, read from the very objects the Electron adapters use.

describe('app window webPreferences', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', appVersion: '1.2.3', bounds: { width: 1000, height: 700 } });
  const prefs = options.webPreferences as unknown as Record<string, unknown>;

  it('isolates the context, sandboxes the renderer and keeps Node out', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('contextBridge');
  });

  it('loads only our CommonJS preload and passes the version to it', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.additionalArguments).toEqual(['--rapport-app-version=1.2.3']);
    expect(mainWindowWebPreferences({ preloadPath: '/app/out/preload/index.cjs', appVersion: '1.2.3' })).toEqual(prefs);
  });

  it('opens hidden until the first paint', () => {
    expect(options.show).toBe(false);
  });
});

describe('print window', () => {
  const options = printWindowOptions();
  it('runs no JavaScript, has no preload and uses the one in-memory print session', () => {
    expect(options.show).toBe(false);
    expect(options.webPreferences.javascript).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences.sandbox).toBe(true);
    expect(options.webPreferences.contextIsolation).toBe(true);
    expect(options.webPreferences.nodeIntegration).toBe(false);
    // One fixed partition for every print (Electron never frees a session), never persisted, never the app's.
    expect(options.webPreferences.partition).toBe(PRINT_PARTITION);
    expect(printWindowOptions().webPreferences.partition).toBe(PRINT_PARTITION);
    expect(PRINT_PARTITION).toMatch(/^[a-z-]+$/);
    expect(options.webPreferences.partition?.startsWith('persist:')).toBe(false);
  });

  it('has a deny-all policy but inline styles and data: images', () => {
    const csp = parseCsp(PRINT_CSP);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toBeUndefined();
    expect(csp['img-src']).toEqual(['data:']);
  });
});

describe('content security policy', () => {
  const csp = parseCsp(APP_CSP);
  const scriptSources = csp['script-src'] ?? csp['default-src'];

  it('allows scripts from the app only: no inline, no eval, no wildcard', () => {
    expect(scriptSources).toEqual(["'self'"]);
    for (const policy of [APP_CSP, APP_CSP_META]) {
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain('wasm-unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).not.toMatch(/(^|;)\s*(script|default)-src[^;]*(\s\*|\shttps?:|\sdata:|\sblob:)/);
    }
  });

  it('blocks plugins, frames, forms and <base>', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
  });

  it('lets images come from the app, data: and blob:, and connections reach sync relays', () => {
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp['connect-src']).toEqual(["'self'", 'ws:', 'wss:']);
  });

  it('leaves header-only directives out of the meta tag version', () => {
    expect(APP_CSP_META).not.toContain('frame-ancestors');
    expect(parseCsp(APP_CSP_META)['script-src']).toEqual(["'self'"]);
  });

  it('is what main sends for the built app, replacing any policy in the response', () => {
    const source = resolveRendererSource({ isPackaged: true, env: {} });
    expect(cspFor(source)).toBe(APP_CSP);
    const headers = responseHeadersFor(`${APP_ORIGIN}/index.html`, { 'content-security-policy': ["default-src *"], 'X-A': 'b' }, source);
    expect(headers).toEqual({ 'X-A': ['b'], 'Content-Security-Policy': [APP_CSP] });
    // Other origins' responses (a relay's health check) pass through untouched.
    const other = { 'content-type': ['text/plain'] };
    expect(responseHeadersFor('http://127.0.0.1:1234/health', other, source)).toBe(other);
  });

  it('relaxes only inline scripts, only for the loopback dev server', () => {
    const dev = resolveRendererSource({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect(dev).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    const devCsp = parseCsp(cspFor(dev));
    expect(devCsp['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(cspFor(dev)).not.toContain('unsafe-eval');
    expect(devCsp['connect-src']).toContain('http://localhost:5173');
  });
});

describe('renderer source', () => {
  it('uses the custom protocol, never file://', () => {
    const source = resolveRendererSource({ isPackaged: true, env: {} });
    expect(source).toEqual({ kind: 'app', url: APP_ENTRY_URL, origin: APP_ORIGIN });
    expect(source.url.startsWith('rapport://app/')).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app or when it is not loopback http', () => {
    const app = { kind: 'app', url: APP_ENTRY_URL, origin: APP_ORIGIN };
    expect(resolveRendererSource({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } })).toEqual(app);
    for (const url of ['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///etc/passwd', 'not a url', 'http://localhost.evil.example/']) {
      expect(resolveRendererSource({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } })).toEqual(app);
    }
  });

  it('points at the CommonJS preload and the renderer electron-vite builds next to main', () => {
    expect(builtPaths('/app/out/main')).toEqual({ preload: '/app/out/preload/index.cjs', rendererRoot: '/app/out/renderer' });
  });

  it('registers the scheme as standard and secure without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.standard).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('allows navigation only inside the app origin, handing only safe web and mail links to the OS', () => {
    expect(decideNavigation(`${APP_ORIGIN}/other.html`, APP_ORIGIN)).toEqual({ allow: true });
    expect(decideNavigation(`${APP_ENTRY_URL}#/customers`, APP_ORIGIN)).toEqual({ allow: true });
    expect(decideNavigation('https://example.com/a?b=1', APP_ORIGIN)).toEqual({ allow: false, openExternal: 'https://example.com/a?b=1' });
    expect(decideNavigation('mailto:ann@example.com', APP_ORIGIN)).toEqual({ allow: false, openExternal: 'mailto:ann@example.com' });
    // Lookalikes of the app origin, and the dev server when the app is built, stay denied.
    for (const url of ['rapport://app.evil/index.html', 'rapport://print/document.html', 'http://localhost:5173/', 'rapport://app:8080/x']) {
      expect(decideNavigation(url, APP_ORIGIN).allow, url).toBe(false);
    }
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'smb://server/share', 'ms-settings:', 'vbscript:x']) {
      expect(decideNavigation(url, APP_ORIGIN)).toEqual({ allow: false });
    }
    // In development the dev server is the app origin.
    expect(decideNavigation('http://localhost:5173/index.html', 'http://localhost:5173')).toEqual({ allow: true });
  });

  it('will-frame-navigate: the main frame as will-navigate decided, every subframe denied', () => {
    expect(decideFrameNavigation({ url: `${APP_ORIGIN}/other.html`, isMainFrame: true }, APP_ORIGIN)).toEqual({ allow: true });
    // will-navigate already handed a main-frame link to the OS: no second external open here.
    expect(decideFrameNavigation({ url: 'https://example.com/', isMainFrame: true }, APP_ORIGIN)).toEqual({ allow: false });
    for (const url of [`${APP_ENTRY_URL}#/x`, 'https://example.com/', 'file:///etc/passwd', 'about:blank', 'data:text/html,x']) {
      expect(decideFrameNavigation({ url, isMainFrame: false }, APP_ORIGIN), url).toEqual({ allow: false });
    }
  });

  it('will-redirect: only the main frame, only to the app origin, never opened externally', () => {
    expect(decideRedirect({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true }, APP_ORIGIN)).toEqual({ allow: true });
    expect(decideRedirect({ url: 'http://localhost:5173/customers/', isMainFrame: true }, 'http://localhost:5173')).toEqual({ allow: true });
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'rapport://print/x/document.html', 'file:///etc/passwd', 'mailto:a@b.co']) {
      expect(decideRedirect({ url, isMainFrame: true }, APP_ORIGIN), url).toEqual({ allow: false });
    }
    expect(decideRedirect({ url: `${APP_ORIGIN}/index.html`, isMainFrame: false }, APP_ORIGIN)).toEqual({ allow: false });
  });

  it('denies every window.open; web links open externally', () => {
    expect(decideWindowOpen({ url: 'https://example.com/' })).toEqual({ response: { action: 'deny' }, openExternal: 'https://example.com/' });
    expect(decideWindowOpen({ url: 'about:blank' })).toEqual({ response: { action: 'deny' } });
    expect(decideWindowOpen({ url: APP_ENTRY_URL })).toEqual({ response: { action: 'deny' } });
    expect(decideWindowOpen({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ response: { action: 'deny' } });
  });
});

describe('external URL validation', () => {
  it('accepts http, https and mailto', () => {
    expect(validateExternalUrl('http://example.com')).toBe('http://example.com/');
    expect(validateExternalUrl('HTTPS://Example.com/x')).toBe('https://example.com/x');
    expect(validateExternalUrl('mailto:a@b.co')).toBe('mailto:a@b.co');
  });

  it('refuses other schemes, credentials, control characters and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' https://example.com',
      'https://example.com/\u0000',
      'https://user:pw@example.com/',
      'https://bank.example@evil.example/',
      'file:///etc/passwd',
      'ftp://example.com',
      'mailto:',
      'mailto:not-an-address',
      'https://',
      '',
      42,
      undefined,
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(validateExternalUrl(url), String(url)).toBeUndefined();
    }
  });
});

describe('permissions', () => {
  it('denies every permission request by default, even from the app', () => {
    expect(ALLOWED_PERMISSIONS).toEqual([]);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'openExternal', 'fullscreen']) {
      expect(decidePermission(permission, `${APP_ORIGIN}/index.html`, APP_ORIGIN)).toBe(false);
      expect(decidePermission(permission, 'https://evil.example/', APP_ORIGIN)).toBe(false);
    }
  });
});
