import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCustomer, notebook } from './support';
import { serveSite, type StaticSite } from './staticSite';
import { expectAccessible } from './a11y';

// The production web build the config's webServer just made (see playwright.config.ts).
const BUILD = resolve(import.meta.dirname, '../..', process.env.RAPPORT_E2E_OUT ?? 'dist-web');

let site: StaticSite | undefined;
test.afterEach(async () => {
  await site?.stop();
  site = undefined;
});

async function startEmptyWorkspaceAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
}

/** Resolves once a service worker controls the page (the precache is complete by then). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('installable offline web app', () => {
  test('serves a web manifest with relative start_url and scope, and icons that load', async ({ page }) => {
    site = await serveSite(BUILD);
    await page.goto(site.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href ?? '', site.url);
    const manifest = (await (await page.request.get(manifestUrl.href)).json()) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Rapport', start_url: './', scope: './', display: 'standalone' });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });

  test('once loaded, starts with the network off, and an edit made offline survives an offline reload', async ({ page, context }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    site = await serveSite(BUILD);
    await startEmptyWorkspaceAt(page, site.url);
    await createCustomer(page, 'Ada Offline', 'Analytical Engines');
    await controlledByServiceWorker(page);

    // The network goes away for real: the page is emulated offline and the server is gone.
    await context.setOffline(true);
    await site.stop();

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Ada Offline');
    const editor = await notebook(page);
    await editor.click();
    await page.keyboard.type('Written with the network off');
    await expect(editor).toContainText('Written with the network off');

    await page.reload();
    await expect(await notebook(page)).toContainText('Written with the network off');
    // The list route works offline too, and leads back to the customer.
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Ada Offline' }).click();
    await expect(await notebook(page)).toContainText('Written with the network off');
    expect(pageErrors).toEqual([]);
  });

  test('"Reload to update" appears when a new version is deployed and activates it, reloading only the tab that asked', async ({ page, context }) => {
    // A second release: the same build with a changed page, and the worker's precache
    // revision for it changed the way workbox-build computes it (MD5 of the file).
    const next = mkdtempSync(join(tmpdir(), 'rapport-pwa-next-'));
    try {
      cpSync(BUILD, next, { recursive: true });
      const html = readFileSync(join(next, 'index.html'), 'utf8').replace('</head>', '<meta name="rapport-release" content="next" /></head>');
      writeFileSync(join(next, 'index.html'), html);
      const sw = readFileSync(join(next, 'sw.js'), 'utf8');
      const revision = createHash('md5').update(html).digest('hex');
      const nextSw = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
      expect(nextSw, 'sw.js lists index.html with a revision').not.toBe(sw);
      writeFileSync(join(next, 'sw.js'), nextSw);

      site = await serveSite(BUILD);
      await startEmptyWorkspaceAt(page, site.url);
      await createCustomer(page, 'Grace Update', 'Compilers Inc');
      await controlledByServiceWorker(page);
      const other = await context.newPage();
      await other.goto(site.url);
      await expect(other.getByRole('button', { name: 'New customer' })).toBeVisible();
      for (const tab of [page, other]) await tab.evaluate(() => ((window as unknown as Record<string, unknown>).sameDocument = true));

      site.deploy(next);
      // What the hourly check (and every start) does: look for a new worker.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      for (const tab of [page, other]) {
        const notice = tab.getByRole('region', { name: 'App update' });
        await expect(notice).toContainText('A new version of Rapport is ready');
        await expect(notice.getByRole('button', { name: 'Reload to update' })).toBeVisible();
        // Nothing reloaded under the user's feet: the old page is still running.
        expect(await tab.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument)).toBe(true);
        await expect(tab.locator('meta[name="rapport-release"]')).toHaveCount(0);
      }
      await expectAccessible(page, '.update-banner');

      await page.getByRole('region', { name: 'App update' }).getByRole('button', { name: 'Reload to update' }).click();
      await expect(page.locator('meta[name="rapport-release"]')).toHaveAttribute('content', 'next');
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument)).toBeUndefined();
      await expect(page.getByRole('region', { name: 'App update' })).toHaveCount(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Grace Update');

      // The other tab was not reloaded; it says the new version is active and reloads when asked.
      const otherNotice = other.getByRole('region', { name: 'App update' });
      await expect(otherNotice).toContainText('updated in another tab');
      expect(await other.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument)).toBe(true);
      await otherNotice.getByRole('button', { name: 'Reload to update' }).click();
      await expect(other.locator('meta[name="rapport-release"]')).toHaveAttribute('content', 'next');
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });

  test('Settings shows the storage used and whether the browser keeps it', async ({ page }) => {
    site = await serveSite(BUILD);
    await startEmptyWorkspaceAt(page, site.url);
    await controlledByServiceWorker(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Storage' });
    const line = panel.getByText(/ used · /);
    await expect(line).toHaveText(/^\d+(\.\d)? (bytes|kB|MB|GB) used · (kept by the browser unless you clear site data|may be cleared by the browser when space runs low)$/);
    // The offline copy of the app alone (the precache) is well over a megabyte.
    const text = (await line.textContent()) ?? '';
    expect(text).toMatch(/ (MB|GB) used/);
    expect(Number.parseFloat(text)).toBeGreaterThan(0);
    await expectAccessible(page, 'section[aria-labelledby="storage-title"]');
  });

  test('asks for persistent storage once, when the first workspace is created, and again only from Settings', async ({ page }) => {
    // The browser's answer is stubbed to "no" (and counted) so the rule is visible: a refusal is not asked again.
    await page.addInitScript(() => {
      const key = 'test:persist-calls';
      StorageManager.prototype.persist = async () => {
        localStorage.setItem(key, String(Number(localStorage.getItem(key) ?? '0') + 1));
        return false;
      };
      StorageManager.prototype.persisted = async () => false;
    });
    const calls = () => page.evaluate(() => Number(localStorage.getItem('test:persist-calls') ?? '0'));
    site = await serveSite(BUILD);
    await page.goto(site.url);
    await expect(page.getByRole('button', { name: 'Start an empty workspace' })).toBeVisible();
    expect(await calls()).toBe(0);

    await page.getByRole('button', { name: 'Start an empty workspace' }).click();
    await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
    await expect.poll(calls).toBe(1);

    await page.reload();
    await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Storage' });
    await expect(panel).toContainText('may be cleared by the browser when space runs low');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(await calls()).toBe(1);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('region', { name: 'Storage' }).getByRole('button', { name: 'Keep data on this device' }).click();
    await expect.poll(calls).toBe(2);
    await expect(page.getByRole('region', { name: 'Storage' })).toContainText('The browser declined for now');
  });
});
