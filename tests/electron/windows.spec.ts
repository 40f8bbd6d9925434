import { expect, test } from '@playwright/test';
import { createCustomer, notebook } from '../e2e/support';
import { binary, launchBuiltApp, skipReason, type LaunchedApp } from './launchApp';

/**
 * Two windows of one workspace in the desktop app (issue 14 item 7): File ->
 * "New window" opens a second window on the same app:// origin, which opens
 * the same workspace and keeps in step with the first through the renderer's
 * tab channel (a BroadcastChannel), both ways.
 */
if (!binary.path) console.log(skipReason);

let launched: LaunchedApp | undefined;

test.describe('windows in step', () => {
  test.skip(!binary.path, skipReason);
  test.afterAll(async () => launched?.close());

  test('"New window" opens the same workspace, and each window sees the other\'s edits live', async () => {
    launched = await launchBuiltApp();
    const { app, page: first } = launched;
    await first.getByRole('button', { name: 'Start an empty workspace' }).click();
    await expect(first.getByRole('button', { name: 'New customer' })).toBeVisible();

    const opened = app.waitForEvent('window');
    await app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
      const item = file?.submenu?.items.find((entry) => entry.label === 'New window');
      if (!item) throw new Error('no "New window" in the File menu');
      item.click();
    });
    const second = await opened;
    await expect(second.getByRole('button', { name: 'New customer' })).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length)).toBe(2);

    await createCustomer(first, 'Ada Lovelace', 'Analytical Engines');
    const list = second.getByRole('region', { name: 'Customers' });
    await list.getByRole('link', { name: 'Ada Lovelace' }).click();
    const editor = await notebook(second);
    await editor.click();
    await second.keyboard.type('Typed in the second window');
    await expect(await notebook(first)).toContainText('Typed in the second window');
  });
});
