import { test, expect, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';

async function log(page: Page, kind: string, date: string, summary: string, sentiment = 'Neutral', amount?: string) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(summary);
  await dialog.getByRole('combobox', { name: 'Sentiment' }).selectOption({ label: sentiment });
  if (amount) await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('interactions of several kinds show in the customer and workspace timelines, newest first, by day, filterable', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Hopper', 'Navy');
  await log(page, 'Call', '2026-02-03', 'Talked about COBOL', 'Positive');
  await log(page, 'Meeting', '2026-02-05', 'Planning workshop');
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'First purchase' });
  const own = page.getByRole('region', { name: 'Customer timeline' });
  // The customer was created and moved today; the interactions were logged for February.
  await expect(own.locator('.event-text')).toHaveText([/Prospect → First purchase/, /created in Prospect/, 'Planning workshop', 'Talked about COBOL']);

  await createCustomer(page, 'Lamport', 'Clocks');
  await log(page, 'Purchase', '2026-02-04', 'Bought logical clocks', 'Positive', '900');
  await log(page, 'Email', '2026-02-06', 'Sent the Paxos paper', 'Negative');

  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const feed = page.getByRole('feed', { name: 'Workspace timeline' });
  const interactions = feed.locator('.event-interaction .event-text');
  await expect(interactions).toHaveText(['Sent the Paxos paper', 'Planning workshop', 'Bought logical clocks', 'Talked about COBOL'], { timeout: 15_000 });
  await expect(feed.getByRole('heading', { name: /February 6, 2026/ })).toBeVisible();

  await page.getByRole('group', { name: 'Timeline filters' }).getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await expect(interactions).toHaveText(['Bought logical clocks']);
  await page.getByRole('group', { name: 'Timeline filters' }).getByRole('combobox', { name: 'Kind' }).selectOption('');
  await page.getByRole('searchbox', { name: 'Customer' }).fill('hopper');
  await expect(interactions).toHaveText(['Planning workshop', 'Talked about COBOL']);
  await expect(feed.locator('.event-stage')).toHaveCount(2);
});
