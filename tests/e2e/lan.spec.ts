import { test, expect } from '@playwright/test';
import { createCustomer } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';

/*
 * The desktop app hosts a workspace through its preload bridge (src/main/lan,
 * unit-tested in Node). Here the web build gets a stand-in bridge whose
 * `lan.startHosting` answers with a real relay's address, so the renderer's side
 * is tested for real: the request it makes, the sync it starts, the invite it
 * shows, and a second device joining with that invite.
 */
const PORT = 47456;
let relay: TestRelay;
test.beforeAll(async () => {
  relay = await startRelay(PORT, 'lan-ws:lan-secret-token');
});
test.afterAll(async () => relay?.stop());

test('host on this network: the invite code works for a colleague, and stopping tells the app', async ({ browser }) => {
  const host = await (await browser.newContext()).newPage();
  const requests: unknown[] = [];
  await host.exposeFunction('__hostRequest', (request: unknown) => requests.push(request));
  await host.addInitScript((url) => {
    let hosting = false;
    const w = window as unknown as Record<string, unknown>;
    w.rapport = {
      platform: 'linux',
      versions: { app: 'test', electron: 'none', chrome: 'none', node: 'none' },
      lan: {
        startHosting: async (request: { workspaceId: string }) => {
          await (w.__hostRequest as (r: unknown) => Promise<void>)(request);
          hosting = true;
          return { url, port: 0, inviteHost: '127.0.0.1', workspaceId: request.workspaceId };
        },
        stopHosting: async () => {
          hosting = false;
        },
        status: async () => ({ hosting }),
        discover: async () => [{ name: 'desk-1', workspaceName: 'Regional', host: '127.0.0.1', port: 4455, workspaceId: 'lan-ws' }],
      },
      onMenuCommand: () => () => undefined,
      reminders: {
        setList: async () => undefined,
        configure: async () => ({ notifications: false, actions: false, tray: 'off', shortcut: { state: 'off', accelerator: '' } }),
        onCommand: () => () => undefined,
      },
      deepLinks: { subscribe: () => () => undefined, ready: async () => undefined },
    };
  }, relay.url);
  await host.goto('/');
  await host.getByRole('textbox', { name: /join a teammate/i }).fill(inviteCode(relay.url, 'lan-ws', 'lan-secret-token', 'Regional'));
  await host.getByRole('button', { name: 'Join workspace' }).click();
  await createCustomer(host, 'Stark Industries', 'Stark');

  await host.getByRole('link', { name: 'Settings', exact: true }).click();
  await host.getByRole('button', { name: 'Host on this network' }).click();
  const invite = host.getByRole('textbox', { name: 'LAN invite code' });
  await expect(invite).toHaveValue(/^rapport-invite:/);
  expect(requests).toEqual([{ workspaceId: 'lan-ws', token: 'lan-secret-token', workspaceName: 'Regional' }]);
  await expect(host.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });

  await host.getByRole('button', { name: 'Find hosts nearby' }).click();
  await expect(host.getByRole('list', { name: 'Hosts nearby' })).toContainText('Regional');

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto('/');
  await colleague.getByRole('textbox', { name: /join a teammate/i }).fill(await invite.inputValue());
  await colleague.getByRole('button', { name: 'Join workspace' }).click();
  await expect(colleague.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Stark Industries' })).toBeVisible({ timeout: 15_000 });

  await host.getByRole('button', { name: 'Stop hosting' }).click();
  await expect(host.getByRole('button', { name: 'Host on this network' })).toBeVisible();
  await expect(host.getByRole('status')).toHaveText('Offline');
});

test('the web build explains that hosting needs the desktop app', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByText(/Hosting a workspace for colleagues on the same network needs the desktop app/)).toBeVisible();
});
