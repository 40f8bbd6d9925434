import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electronBinary';

/*
 * Deep links through the real app: a rapport://customer link in the launch's
 * argv (a cold start, as Windows and Linux start the handler), and links from a
 * second launch, which the single-instance lock hands to the running app.
 */
const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.path ? '' : `Electron specs skipped: ${binary.reason}`;
if (!binary.path) console.log(skipReason);

const mainEntry = join(root, 'out/main/index.js');
// Chromium's OS sandbox refuses to start as root (CI containers); the renderer sandbox stays on.
const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const env = () =>
  Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'));

let userData: string;
let app: ElectronApplication | undefined;

async function launch(...links: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const launched = await electron.launch({
    executablePath: binary.path,
    args: [mainEntry, `--user-data-dir=${userData}`, ...sandboxArgs, ...links],
    cwd: root,
    env: env(),
  });
  const page = await launched.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app: launched, page };
}

/** A second launch of the app with a link, as the OS does when a link is clicked while Rapport runs: it hands over and quits. */
async function secondLaunch(link: string): Promise<number | null> {
  const child = spawn(binary.path!, [mainEntry, `--user-data-dir=${userData}`, ...sandboxArgs, link], { cwd: root, env: env(), stdio: 'ignore' });
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolvePromise(code));
  });
}

async function createCustomer(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/customers/', ''));
}

test.describe('deep links in the desktop app', () => {
  test.skip(!binary.path, skipReason);

  test.beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    userData = mkdtempSync(join(tmpdir(), 'rapport-electron-deeplinks-'));
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('a customer link in argv opens that customer; a second launch hands its link to the running app', async () => {
    // First run: a workspace with a customer, then quit.
    const first = await launch();
    await first.page.getByRole('button', { name: 'Start an empty workspace' }).click();
    const globex = await createCustomer(first.page, 'Globex');
    await first.page.getByRole('link', { name: 'Settings', exact: true }).click();
    // Ids are folded under Settings -> Advanced.
    await first.page.locator('details.advanced summary').click();
    const workspaceId = await first.page.locator('details.advanced').getByText('Workspace id', { exact: true }).locator('xpath=following-sibling::dd[1]').locator('code').textContent();
    expect(workspaceId).toBeTruthy();
    const initech = await createCustomer(first.page, 'Initech');
    await first.page.getByRole('link', { name: 'Customers', exact: true }).click();
    await first.app.close();

    // Cold start with the link, as the OS starts the rapport:// handler.
    const cold = await launch(`rapport://customer/${workspaceId}/${globex}`);
    app = cold.app;
    await expect(cold.page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Globex', { timeout: 15_000 });

    // A link clicked while Rapport runs: a second launch, which quits after handing the link over.
    await cold.page.getByRole('link', { name: 'Customers', exact: true }).click();
    expect(await secondLaunch(`rapport://customer/${workspaceId}/${initech}`)).toBe(0);
    await expect(cold.page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Initech', { timeout: 15_000 });
    expect(cold.app.windows()).toHaveLength(1);

    // A join link from a second launch asks first; Cancel leaves everything as it was.
    const invite = `rapport-invite:${Buffer.from(JSON.stringify({ v: 1, relay: 'ws://127.0.0.1:9', workspaceId: 'dl-ws', token: 'dl-secret', name: 'Deep link team' })).toString('base64url')}`;
    expect(await secondLaunch(`rapport://join#${invite}`)).toBe(0);
    const dialog = cold.page.getByRole('dialog', { name: 'Join workspace?' });
    await expect(dialog).toContainText('Deep link team');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(cold.page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Initech');

    // A refused link from a second launch opens nothing: main drops it (links arrive in order, so the next one shows it was not delivered).
    expect(await secondLaunch(`rapport://customer/${workspaceId}/${globex}?token=x`)).toBe(0);
    expect(await secondLaunch(`rapport://customer/${workspaceId}/${globex}`)).toBe(0);
    await expect(cold.page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Globex', { timeout: 15_000 });
    await expect(cold.page.getByRole('alertdialog')).toHaveCount(0);
  });
});
