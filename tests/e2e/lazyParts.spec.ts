import { test, expect, type Page, type Route } from '@playwright/test';
import { resolve } from 'node:path';
import { createCustomer, startEmptyWorkspace, trackErrors } from './support';
import { expectAccessible } from './a11y';
import { serveSite } from './staticSite';

// Issue 15: every view but the customer list is a chunk of its own. No service
// worker in these tests (but the last), so each chunk is fetched from the server
// the test controls.
test.use({ serviceWorkers: 'block' });

// The production web build the config's webServer just made (see playwright.config.ts).
const BUILD = resolve(import.meta.dirname, '../..', process.env.RAPPORT_E2E_OUT ?? 'dist-web');

const INSIGHTS_CHUNK = /\/assets\/InsightsView-[\w-]+\.js$/;

/** The scripts the page has requested so far, by file name. */
function scriptRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) names.push(path.split('/').pop() ?? path);
  });
  return names;
}

test('the customer list loads without the other views, the editor, import, charts or the palette; each comes when first shown', async ({ page }) => {
  const errors = trackErrors(page);
  const scripts = scriptRequests(page);
  await startEmptyWorkspace(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  for (const part of ['InsightsView', 'CustomerPage', 'NotebookEditor', 'ImportDialog', 'PaletteDialog', 'BoardView', 'SettingsView', 'ExportStoryDialog', 'headless']) {
    expect(scripts.filter((name) => name.startsWith(`${part}-`)), `${part} before it is needed`).toEqual([]);
  }

  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('dialog', { name: 'Import customers' })).toBeVisible();
  expect(scripts.some((name) => name.startsWith('ImportDialog-'))).toBe(true);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Insights', exact: true })).toBeVisible();
  expect(scripts.some((name) => INSIGHTS_CHUNK.test(`/assets/${name}`))).toBe(true);

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Command' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A new customer's notebook is written by the headless editor, fetched for it.
  await createCustomer(page, 'Ada Lazy', 'Analytical Engines');
  expect(scripts.some((name) => name.startsWith('headless-'))).toBe(true);
  expect(errors).toEqual([]);
});

test('while a view\'s chunk loads the page says "Loading…"; if it cannot be fetched, an alert offers Retry, which loads it', async ({ page }) => {
  await startEmptyWorkspace(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();

  // The chunk is held until released: the loading state is on screen meanwhile.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let mode: 'hold' | 'fail' | 'serve' = 'hold';
  await page.route(INSIGHTS_CHUNK, async (route: Route) => {
    if (mode === 'hold') {
      await held;
      return route.abort('internetdisconnected');
    }
    if (mode === 'fail') return route.abort('internetdisconnected');
    return route.continue();
  });

  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expectAccessible(page, '.part-loading');

  // Offline, and the chunk was never stored on this device: the fetch fails.
  mode = 'fail';
  release();
  const alert = page.getByRole('alert').filter({ hasText: 'Insights could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await expectAccessible(page, '.part-error');

  // Retry while still offline: the alert again, not a blank page.
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toBeVisible();

  // Back online: Retry fetches the chunk again and the view shows.
  mode = 'serve';
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Insights', exact: true })).toBeVisible();
  await expect(alert).toHaveCount(0);

  // Elsewhere in the app nothing was lost: the list is still there.
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once loaded, every view, dialog and the palette open with the network off, though none was shown online', async ({ page, context }) => {
    const errors = trackErrors(page);
    const site = await serveSite(BUILD);
    try {
      await page.goto(site.url);
      await page.getByRole('button', { name: 'Start an empty workspace' }).click();
      await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
      // Controlled means the precache is complete: every chunk is stored, not only those shown.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await site.stop();
      await page.reload();
      await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();

      for (const [link, region] of [
        ['Insights', 'Insights'],
        ['Board', 'Board'],
        ['Timeline', 'Timeline'],
        ['Today', 'Today'],
        ['Settings', 'Settings'],
      ]) {
        await page.getByRole('link', { name: link, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: region })).toBeVisible();
        await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
      }
      await page.getByRole('link', { name: 'Customers', exact: true }).click();
      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('dialog', { name: 'Import customers' })).toBeVisible();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await expect(page.getByRole('combobox', { name: 'Command' })).toBeVisible();
      await page.keyboard.press('Escape');
      await createCustomer(page, 'Ada Offline', 'Analytical Engines');
      await expect(page.getByRole('textbox', { name: 'Notebook' })).toBeVisible();
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});
