import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from '../e2e/support';
import { binary, launchBuiltApp, skipReason, type LaunchedApp } from './launchApp';

/**
 * Reminders in the desktop app (issue 14 item 5): a follow-up due now becomes
 * an OS notification shown by main (the renderer's list through the real IPC
 * path, main's scheduler and state file), and a click on it opens the customer.
 * Main's Notification.prototype.show is wrapped to record what is shown; the
 * real show still runs.
 */
if (!binary.path) console.log(skipReason);

let launched: LaunchedApp | undefined;
let app: ElectronApplication;
let page: Page;

type Recorded = { title: string; body: string; actions: string[] };
const recorded = () =>
  app.evaluate(() => (globalThis as unknown as { __reminders: Array<{ title: string; body: string; actions: Array<{ text?: string }> }> }).__reminders.map((n) => ({ title: n.title, body: n.body, actions: n.actions.map((a) => a.text ?? '') })));

test.describe('reminders', () => {
  test.skip(!binary.path, skipReason);

  test.beforeAll(async () => {
    launched = await launchBuiltApp();
    ({ app, page } = launched);
    await app.evaluate(({ Notification }) => {
      const shown: Electron.Notification[] = [];
      (globalThis as unknown as { __reminders: Electron.Notification[] }).__reminders = shown;
      const show = Notification.prototype.show;
      Notification.prototype.show = function (this: Electron.Notification) {
        shown.push(this);
        return show.call(this);
      };
    });
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('a follow-up due now is shown once by main, and a click opens the customer', async () => {
    await startEmptyWorkspace(page);
    await createCustomer(page, 'Grace Hopper', 'Compilers Inc');
    const form = page.getByRole('form', { name: 'New follow-up' });
    await form.getByRole('textbox', { name: 'Follow-up' }).fill('Send the COBOL manual');
    await form.getByRole('button', { name: 'Add' }).click();

    await page.getByRole('link', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Reminders' });
    await panel.getByLabel('Reminder time').fill('00:00');
    await panel.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
    expect(await recorded()).toEqual([]);
    await panel.getByRole('checkbox', { name: 'Remind me of follow-ups when they are due' }).check();

    await expect.poll(recorded, { timeout: 15_000 }).toHaveLength(1);
    const [notification] = await recorded();
    const buttons = process.platform === 'linux' ? [] : ['Snooze 1 hour', 'Tomorrow morning', 'Done'];
    expect(notification).toEqual({ title: 'Grace Hopper', body: 'Send the COBOL manual', actions: buttons } satisfies Recorded);
    // What Settings says is what main reported for this platform.
    await expect(panel.getByText(buttons.length ? 'offers Snooze and Done' : 'Snooze and Done are not offered', { exact: false })).toBeVisible();

    await app.evaluate(() => (globalThis as unknown as { __reminders: Electron.Notification[] }).__reminders[0].emit('click'));
    await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Grace Hopper');

    // A reload is a new list from the renderer: main's state keeps it from showing again, while a new one is shown.
    await page.reload();
    await form.getByRole('textbox', { name: 'Follow-up' }).fill('Book the keynote');
    await form.getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => (await recorded()).map((n) => n.body), { timeout: 15_000 }).toEqual(['Send the COBOL manual', 'Book the keynote']);
  });
});
