import { test, expect, type Browser, type Page } from '@playwright/test';
import { createServer } from 'node:net';
import { startEmptyWorkspace, trackErrors } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';
import { expectAccessible } from './a11y';

/**
 * Settings for people rather than relay operators: ids and the relay command line
 * folded under Advanced, sync problems said in words (against a real relay), no
 * invite while sync fails, and Advanced -> Generate a demo workspace.
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
test.beforeAll(async () => {
  relay = await startRelay(await freePort(), 'adv-ws:adv-secret-token');
});
test.afterAll(async () => relay?.stop());

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

async function join(browser: Browser, code: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByRole('textbox', { name: /join a teammate/i }).fill(code);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  return page;
}

const advanced = (page: Page) => page.locator('details.advanced');

test('ids and the relay command line wait under Advanced; Settings passes axe with it open, light and dark', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await openSettings(page);
  const details = advanced(page);
  await expect(details).not.toHaveAttribute('open');
  await expect(page.getByText('Workspace id', { exact: true })).toBeHidden();
  await expect(page.getByText(/--tokens/)).toBeHidden();
  // Nothing outside Advanced shows an id or a command line.
  await expect(page.locator('.settings > :not(details.advanced) code')).toHaveCount(0);

  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open');
  await expect(page.getByText('Workspace id', { exact: true })).toBeVisible();
  const id = (await details.locator('dd code').first().textContent())!;
  expect(id).toMatch(/^[0-9a-f-]{20,}$/);
  await expect(details.locator('pre.command')).toHaveText(`npm run relay -- --port 4455 --data-dir ./relay-data --tokens ${id}:<token>`);
  await expect(page.getByRole('button', { name: 'Generate demo workspace' })).toBeVisible();
  // Keyboard: the summary is reachable and folds Advanced again.
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(details).not.toHaveAttribute('open');
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open');

  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('a wrong token is explained in words, and no invite is offered while sync fails', async ({ browser }) => {
  const page = await join(browser, inviteCode(relay.url, 'adv-ws', 'not-the-token', 'Advanced team'));
  const sentence = 'The relay refused this token: ask for a new invite.';
  await expect(page.getByRole('status').filter({ hasText: sentence })).toBeVisible({ timeout: 15_000 });
  await openSettings(page);
  const sync = page.getByRole('region', { name: 'Sync' });
  await expect(sync.getByText(sentence)).toBeVisible();
  await expect(sync.getByText(/No invite while sync is failing/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Invite code', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Invite link', exact: true })).toHaveCount(0);
  await expectAccessible(page, '.settings');

  // The right token: synced, and the invite is offered.
  const teammate = await join(browser, inviteCode(relay.url, 'adv-ws', 'adv-secret-token', 'Advanced team'));
  await expect(teammate.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });
  await openSettings(teammate);
  await expect(teammate.getByRole('region', { name: 'Sync' }).getByText('Synced: everything on this device is on the relay.')).toBeVisible();
  await expect(teammate.getByRole('textbox', { name: 'Invite code', exact: true })).toHaveValue(/^rapport-invite:/);
  await expect(teammate.getByText(/No invite while sync is failing/)).toHaveCount(0);
});

test('a relay that does not answer: "Cannot reach the relay at host:port", status Offline, no invite', async ({ page }) => {
  const port = await freePort();
  await startEmptyWorkspace(page);
  await openSettings(page);
  await page.getByRole('textbox', { name: 'Relay URL' }).fill(`ws://127.0.0.1:${port}`);
  await page.getByRole('textbox', { name: 'Token' }).fill('any-token');
  await page.getByRole('button', { name: 'Connect' }).click();
  const sync = page.getByRole('region', { name: 'Sync' });
  await expect(sync.getByText(`Cannot reach the relay at 127.0.0.1:${port}`, { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Offline$/ })).toHaveAttribute('title', new RegExp(`^Cannot reach the relay at 127\\.0\\.0\\.1:${port}`));
  await expect(page.getByRole('textbox', { name: 'Invite code', exact: true })).toHaveCount(0);
  await expect(sync.getByText(/No invite while sync is failing/)).toBeVisible();
});

test('Advanced -> Generate a demo workspace: 1,000 customers, with progress, opens when done', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await openSettings(page);
  await advanced(page).locator('summary').click();
  await page.getByRole('radio', { name: '1,000 customers' }).check();
  await page.getByRole('button', { name: 'Generate demo workspace' }).click();
  await expect(page.getByRole('status', { name: 'Demo workspace' })).toContainText(/Writing [\d,]+ of 1,000 customers|1,000 customers written/);
  await expect(page.getByRole('progressbar', { name: 'Demo workspace progress' })).toBeVisible();

  // It opens by itself: the workspace switcher names it, and the list holds all 1,000.
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Demo workspace (1,000 customers)', { timeout: 90_000 });
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.locator('.view-header .count')).toHaveText('1,000 shown', { timeout: 30_000 });
  // The workspace this started from is still there.
  await openSettings(page);
  await expect(page.locator('.workspace-list li')).toHaveCount(2);
  expect(errors).toEqual([]);
});
