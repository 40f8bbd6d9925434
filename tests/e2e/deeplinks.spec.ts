import { test, expect, type Browser, type Page } from '@playwright/test';
import { createServer } from 'node:net';
import { createCustomer, startEmptyWorkspace, trackErrors } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';
import { expectAccessible } from './a11y';

/*
 * Deep links, renderer side. The web build takes invite links as `/#join=<code>`
 * (the same parser as rapport://join#<code>); a real relay proves that "Join"
 * joins. rapport:// links reach the renderer from main through the preload
 * bridge: here a stand-in bridge plays main (hold links until the page says it
 * is ready, then send them), so the renderer's handling is tested for real
 * (main's queue, dedupe and argv are unit-tested in Node, and the whole path in
 * tests/electron/deeplinks.spec.ts where the Electron binary exists).
 */

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let relay: TestRelay;
let code: string;
test.beforeAll(async () => {
  relay = await startRelay(await freePort(), 'dl-ws:dl-secret-token');
  code = inviteCode(relay.url, 'dl-ws', 'dl-secret-token', 'Deep link team');
});
test.afterAll(async () => relay?.stop());

const joinDialog = (page: Page) => page.getByRole('dialog', { name: 'Join workspace?' });

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('an invite link asks first: Cancel joins nothing, Join joins through the relay, and the token leaves the address', async ({ browser }) => {
  const alice = await freshPage(browser);
  const errors = trackErrors(alice);
  await alice.goto(`/#join=${code}`);
  const dialog = joinDialog(alice);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Deep link team');
  await expect(dialog).toContainText(new URL(relay.url.replace(/^ws/, 'http')).host);
  await expect(dialog).toContainText('not encrypted');
  // The secret is out of the address bar (and history) as soon as it was read.
  expect(alice.url()).not.toContain('rapport-invite');
  expect(alice.url()).not.toContain('#join');
  // Focus is in the dialog, on Cancel.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(alice, 'dialog');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(alice.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  // Nothing was joined: a reload still shows the first-run screen, and no dialog.
  await alice.reload();
  await expect(alice.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(joinDialog(alice)).toHaveCount(0);

  await alice.goto(`/#join=${code}`);
  await joinDialog(alice).getByRole('button', { name: 'Join' }).click();
  await expect(joinDialog(alice)).toBeHidden();
  await expect(alice.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });
  await expect(alice.getByRole('navigation', { name: 'Main' })).toContainText('Deep link team');
  await createCustomer(alice, 'Initech', 'Initech Corp');

  // Settings shares the invite as a link; a teammate's device opens it, joins, and receives Alice's customer from the relay.
  await alice.getByRole('link', { name: 'Settings', exact: true }).click();
  const link = await alice.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#join=rapport-invite:/);
  const bob = await freshPage(browser);
  await bob.goto(link);
  await joinDialog(bob).getByRole('button', { name: 'Join' }).click();
  await expect(bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Initech' })).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});

test('a link opened in a running tab asks too, says when the workspace is already here, and gives focus back', async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto(`/#join=${code}`);
  await joinDialog(page).getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });

  const search = page.getByRole('searchbox', { name: 'Search notes' });
  await search.focus();
  await page.evaluate((invite) => {
    window.location.hash = `#join=${invite}`;
  }, code);
  const dialog = joinDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('already on this device');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(search).toBeFocused();
  expect(page.url()).not.toContain('rapport-invite');
});

test('a damaged invite link says so, and opens nothing', async ({ page }) => {
  await page.goto('/#join=rapport-invite:not-really-an-invite');
  const notice = page.getByRole('alertdialog', { name: 'Link not opened' });
  await expect(notice).toContainText('damaged');
  await expectAccessible(page, 'dialog');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(joinDialog(page)).toHaveCount(0);
});

/** Plays main: holds links until the renderer has subscribed and said it is ready, as src/main/deeplink does. */
async function withDesktopStandIn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const listeners = new Set<(link: string) => void>();
    const waiting: string[] = [];
    let ready = false;
    const send = (link: string) => listeners.forEach((listener) => listener(link));
    w.__mainSendsDeepLink = (link: string) => (ready ? send(link) : waiting.push(link));
    w.__deepLinkReadyCalls = 0;
    w.rapport = {
      platform: 'linux',
      versions: { app: 'test', electron: 'none', chrome: 'none', node: 'none' },
      lan: { startHosting: async () => undefined, stopHosting: async () => undefined, status: async () => ({ hosting: false }), discover: async () => [] },
      onMenuCommand: () => () => undefined,
      reminders: {
        setList: async () => undefined,
        configure: async () => ({ notifications: false, actions: false, tray: 'off', shortcut: { state: 'off', accelerator: '' } }),
        onCommand: () => () => undefined,
      },
      deepLinks: {
        subscribe: (listener: (link: string) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        ready: async () => {
          ready = true;
          (w.__deepLinkReadyCalls as number)++;
          for (const link of waiting.splice(0)) send(link);
        },
      },
    };
  });
}

const sendFromMain = (page: Page, link: string) => page.evaluate((text) => (window as unknown as { __mainSendsDeepLink(link: string): void }).__mainSendsDeepLink(text), link);

async function workspaceId(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  // Ids are folded under Settings -> Advanced.
  const advanced = page.locator('details.advanced');
  if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
  const id = await advanced.getByText('Workspace id', { exact: true }).locator('xpath=following-sibling::dd[1]').locator('code').textContent();
  expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  return id!;
}

test('desktop: a customer link opens the customer, switching workspace if needed, or says the workspace is not here', async ({ page }) => {
  await withDesktopStandIn(page);
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Globex', 'Globex Corp');
  const customerId = decodeURIComponent(new URL(page.url()).hash.replace('#/customers/', ''));
  const first = await workspaceId(page);

  // In the open workspace.
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await sendFromMain(page, `rapport://customer/${first}/${customerId}`);
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Globex');

  // From another workspace: Rapport switches back to the link's workspace first.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'New workspace name' }).fill('Second');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Second');
  await sendFromMain(page, `rapport://customer/${first}/${customerId}`);
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Globex');
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('My workspace');

  // A workspace this device does not have.
  await sendFromMain(page, `rapport://customer/not-here/${customerId}`);
  const notice = page.getByRole('alertdialog', { name: 'Workspace not on this device' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'OK' })).toBeFocused();
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Globex');

  // The renderer parses what main sends again: a malformed link opens nothing.
  await sendFromMain(page, `rapport://customer/${first}/${customerId}/notes`);
  await expect(page.getByRole('alertdialog', { name: 'Link not opened' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('desktop: a link that arrived before the page was ready opens once it is; a join link from main asks first', async ({ page }) => {
  await withDesktopStandIn(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Hooli', 'Hooli');
  const customerId = decodeURIComponent(new URL(page.url()).hash.replace('#/customers/', ''));
  const ws = await workspaceId(page);

  // A cold start: main holds the link from argv before the page exists.
  await page.addInitScript((link) => (window as unknown as { __mainSendsDeepLink(link: string): void }).__mainSendsDeepLink(link), `rapport://customer/${ws}/${customerId}`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Hooli');
  expect(await page.evaluate(() => (window as unknown as { __deepLinkReadyCalls: number }).__deepLinkReadyCalls)).toBeGreaterThan(0);

  await sendFromMain(page, `rapport://join#${code}`);
  const dialog = joinDialog(page);
  await expect(dialog).toContainText('Deep link team');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('My workspace');
});
