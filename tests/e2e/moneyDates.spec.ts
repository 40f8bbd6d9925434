import { test, expect, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

// A device in the US, travelling in Paris: the workspace starts in dollars, en-US formats.
test.use({ locale: 'en-US', timezoneId: 'Europe/Paris' });

async function settings(page: Page, values: { currency?: string; locale?: string }) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const panel = page.getByRole('region', { name: 'Money and dates' });
  if (values.currency) await panel.getByRole('combobox', { name: 'Currency' }).selectOption(values.currency);
  if (values.locale) await panel.getByRole('combobox', { name: 'Number and date format' }).selectOption(values.locale);
  return panel;
}

async function openCustomer(page: Page, name: string) {
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
}

async function openLog(page: Page, values: { kind?: string; date: string; time?: string; summary: string }) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  if (values.kind) await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: values.kind });
  await dialog.getByLabel('Date').fill(values.date);
  if (values.time) await dialog.getByLabel('Time', { exact: true }).fill(values.time);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(values.summary);
  return dialog;
}

/** Types an amount and checks what the field says it read, in the field's accessible description. */
async function typeAmount(page: Page, text: string, reads: string | RegExp) {
  const dialog = page.getByRole('dialog', { name: /interaction/ });
  const amount = dialog.getByRole('textbox', { name: 'Amount' });
  await amount.fill(text);
  await expect(amount).toHaveAccessibleDescription(reads);
  return amount;
}

test('amounts typed with thousands separators are read right and shown through Intl in the app, the timeline and the story; a date without a time shows none', async ({ page }) => {
  await page.addInitScript(() => {
    // Keep the browser's print dialog closed: the story HTML is read from the frame.
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', { get: () => ({ print: () => undefined }) });
  });
  await startEmptyWorkspace(page);
  const panel = await settings(page, {});
  // A new workspace takes this device's currency; the team may choose another.
  await expect(panel.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
  await settings(page, { currency: 'EUR' });
  await expect(panel).toContainText('Amounts look like €13,250.50 and dates like Mar 14, 2026.');
  await expectAccessible(page, 'section[aria-labelledby="money-dates-title"]');

  await createCustomer(page, 'Ada Lovelace', 'Engines');
  let dialog = await openLog(page, { kind: 'Purchase', date: '2026-03-14', summary: 'Bought the difference engine' });
  await expect(dialog.getByLabel('Time', { exact: true })).toHaveValue('');
  await typeAmount(page, '13,250', '= €13,250.00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // The customer's timeline (the page's record of interactions): rows under their day.
  const timeline = page.getByRole('region', { name: 'Customer timeline' });
  const day = (label: string) => timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
  const first = day('Mar 14, 2026').locator('.event').filter({ hasText: 'Bought the difference engine' });
  await expect(first.locator('.event-amount')).toHaveText('€13,250.00');
  // Logged without a time: the date alone, never an invented "12:00 PM".
  await expect(first.locator('.event-time')).toHaveText('');
  await expect(first.locator('.event-time')).toHaveAttribute('datetime', '2026-03-14');
  const brief = page.getByRole('region', { name: 'Before the call' });
  await expect(brief).toContainText('Last touch: Purchase, Mar 14, 2026');
  await expect(brief).not.toContainText('12:00');

  dialog = await openLog(page, { kind: 'Purchase', date: '2026-03-15', time: '15:30', summary: 'Spare parts' });
  await typeAmount(page, '€13,250.50', '= €13,250.50');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const second = day('Mar 15, 2026').locator('.event').filter({ hasText: 'Spare parts' });
  await expect(second.locator('.event-amount')).toHaveText('€13,250.50');
  await expect(second.locator('.event-time')).toHaveText('3:30 PM');
  await expect(brief).toContainText('Last touch: Purchase, Mar 15, 2026, 3:30 PM');

  // Ambiguous input is refused with its message, Save too, and focus goes back to the field.
  dialog = await openLog(page, { kind: 'Purchase', date: '2026-03-16', summary: 'Unclear' });
  const amount = await typeAmount(page, '1.250', /“1\.250” is ambiguous: type 1250 \(or 1,250\) for the whole amount, or 1\.25 for the decimal one\./);
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dialog[open]');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is ambiguous');
  await expect(amount).toBeFocused();
  await expect(dialog).toBeVisible();
  await typeAmount(page, '$20', /not this workspace's currency: amounts are in EUR \(Euro\)/);
  await typeAmount(page, '1,250', '= €1,250.00');
  await expectAccessible(page, 'dialog[open]');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The customer's timeline: the amount, and no time on the row of a date without one.
  const row = timeline.locator('.event').filter({ hasText: 'Bought the difference engine' });
  await expect(row.locator('.event-amount')).toHaveText('€13,250.00');
  await expect(row.locator('.event-time')).toHaveText('');
  await expect(timeline.locator('.event').filter({ hasText: 'Spare parts' }).locator('.event-time')).toHaveText('3:30 PM');

  // The story prints the same, through Intl, with no invented time.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export customer story' });
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(exportDialog.getByRole('status', { name: 'Export status' })).toContainText('Save as PDF');
  const html = (await page.locator('iframe[data-story-print]').getAttribute('srcdoc')) ?? '';
  expect(html).toContain('<td class="when">Mar 14, 2026</td>');
  expect(html).toContain('<td class="when">Mar 15, 2026, 3:30 PM</td>');
  expect(html).toContain('<span class="amount">€13,250.00</span>');
  expect(html).toContain('<span class="amount">€13,250.50</span>');
  expect(html).not.toContain('12:00');
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  // The workspace timeline, after a reload: nothing lost, nothing reread differently.
  await page.reload();
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const feed = page.getByRole('feed');
  const workspaceRow = feed.locator('.event').filter({ hasText: 'Bought the difference engine' });
  await expect(workspaceRow.locator('.event-amount')).toHaveText('€13,250.00');
  await expect(workspaceRow.locator('.event-time')).toHaveText('');
});

test('a German workspace reads 13.250,50 and shows German amounts and dates; 13,250 is refused as ambiguous there', async ({ page }) => {
  await startEmptyWorkspace(page);
  const panel = await settings(page, { currency: 'EUR', locale: 'de-DE' });
  await expect(panel).toContainText(/Amounts look like 13\.250,50\s€ and dates like 14\.03\.2026\./);
  await createCustomer(page, 'Emmy Noether', 'Erlangen');
  const dialog = await openLog(page, { kind: 'Purchase', date: '2026-03-14', summary: 'Rings' });
  await typeAmount(page, '13,250', /“13,250” is ambiguous: type 13250 \(or 13\.250\) for the whole amount, or 13,25 for the decimal one\./);
  await typeAmount(page, '13.250,50', /^= 13\.250,50\s€$/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const timeline = page.getByRole('region', { name: 'Customer timeline' });
  const item = timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '14.03.2026', exact: true }) }).locator('.event');
  await expect(item.locator('.event-amount')).toHaveText(/^13\.250,50\s€$/);
  await expect(page.getByRole('region', { name: 'Before the call' })).toContainText('Last touch: Purchase, 14.03.2026');
  await openCustomer(page, 'Emmy Noether');
  await expect(page.getByRole('region', { name: 'Before the call' })).toContainText(/Value 13\.250,50\s€/);
});
