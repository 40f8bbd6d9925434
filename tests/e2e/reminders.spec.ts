import { expect, test, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

/**
 * Reminders in the web build: the page's own Notification API, driven by the
 * same reminder list and scheduler as the desktop app. An init script records
 * every notification the page creates (and every permission request) and still
 * calls the real constructor, so what is checked is what the page really did.
 */
declare global {
  interface Window {
    __notifications: Array<{ title: string; body: string; tag: string; instance: Notification }>;
    __permissionRequests: number;
  }
}

async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Real = window.Notification;
    window.__notifications = [];
    window.__permissionRequests = 0;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        window.__notifications.push({ title, body: options?.body ?? '', tag: options?.tag ?? '', instance: this });
      }
      static override requestPermission(...args: Parameters<typeof Notification.requestPermission>) {
        window.__permissionRequests++;
        return Real.requestPermission(...args);
      }
      static override get permission() {
        return Real.permission;
      }
    }
    window.Notification = Recording as typeof Notification;
  });
}

const shown = (page: Page) => page.evaluate(() => window.__notifications.map(({ title, body }) => ({ title, body })));

async function addFollowUpDueToday(page: Page, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New follow-up' });
  await form.getByRole('textbox', { name: 'Follow-up' }).fill(text);
  // The Due field starts at today.
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('checkbox', { name: `Done: ${text}` })).toBeVisible();
}

/** Reminders at 00:00 on the due date and no quiet hours: a follow-up due today is due now, whatever the hour of the run. */
async function remindNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = page.getByRole('region', { name: 'Reminders' });
  await panel.getByLabel('Reminder time').fill('00:00');
  await panel.getByRole('checkbox', { name: 'Quiet hours' }).uncheck();
}

test('a follow-up due now is shown as a notification once reminders are turned on, and only once', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');
  await addFollowUpDueToday(page, 'Send the proposal');
  await remindNow(page);
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByText('Off. The browser asks for permission when you turn reminders on.')).toBeVisible();
  expect(await shown(page)).toEqual([]);

  await panel.getByRole('checkbox', { name: 'Remind me of follow-ups when they are due' }).check();
  await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual([{ title: 'Ada Lovelace', body: 'Send the proposal' }]);
  await expect(panel.getByText('On: reminders are shown while Rapport is open in a tab of this browser.', { exact: false })).toBeVisible();

  // A click opens the customer.
  await page.evaluate(() => window.__notifications[0].instance.onclick?.(new Event('click')));
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Ada Lovelace');

  // Reloaded (a new scheduler, its state read back from localStorage): a new follow-up due now
  // is shown, and the one already shown is not shown again with it.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Ada Lovelace');
  await addFollowUpDueToday(page, 'Book the demo');
  await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual([{ title: 'Ada Lovelace', body: 'Book the demo' }]);
  expect(await page.evaluate(() => window.__permissionRequests)).toBe(0);
});

test('permission is asked when reminders are turned on, never at load; a refusal is said in words', async ({ page, context }) => {
  await recordNotifications(page);
  await startEmptyWorkspace(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByRole('checkbox', { name: 'Remind me of follow-ups when they are due' })).not.toBeChecked();
  expect(await page.evaluate(() => window.__permissionRequests)).toBe(0);

  await panel.getByRole('checkbox', { name: 'Remind me of follow-ups when they are due' }).check();
  await expect.poll(() => page.evaluate(() => window.__permissionRequests)).toBe(1);
  // Headless Chromium leaves a request no one can see unanswered.
  expect(await page.evaluate(() => Notification.permission)).toBe('default');
  await expect(panel.getByText('The browser has not been allowed to show notifications yet.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Allow notifications' })).toBeVisible();
  // Every control of the panel has an accessible name, in light and dark.
  await expectAccessible(page, 'section[aria-labelledby="reminders-title"]');
  for (const name of ['Reminder time', 'Quiet hours from', 'Quiet hours until']) await expect(panel.getByLabel(name, { exact: true })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Only follow-ups assigned to me (or to nobody)' })).toBeChecked();

  // The user blocks notifications in the site settings (as the browser's own page would).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setPermission', { permission: { name: 'notifications' }, setting: 'denied', origin: new URL(page.url()).origin });
  await expect(panel.getByText("Notifications are blocked for this site. Allow them in the browser's site settings to get reminders.")).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Allow notifications' })).toBeHidden();
});
