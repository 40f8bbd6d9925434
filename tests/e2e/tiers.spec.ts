import { test, expect, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';

async function logPurchase(page: Page, amount: string) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(`Order of ${amount}`);
  await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

test('tiers change when a large purchase is logged, and a manual tier wins', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Small Buyer', 'Corner Shop');
  await logPurchase(page, '500');
  // The page header holds the tier (from the live doc: a purchase counts at once).
  const tier = page.getByRole('list', { name: 'About this customer' }).locator('.tier');
  await expect(tier).toHaveText('Tier A');

  await createCustomer(page, 'Big Buyer', 'Megastore');
  await expect(tier).toHaveText('Tier C');
  await logPurchase(page, '250000');
  await expect(tier).toHaveText('Tier A');

  // The first customer is no longer top of the workspace.
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  const small = page.getByRole('article', { name: 'Small Buyer' });
  await expect(small.locator('.tier')).not.toHaveText('A');
  await expect(page.getByRole('article', { name: 'Big Buyer' }).locator('.tier')).toHaveText('A');

  await small.getByRole('link', { name: 'Small Buyer' }).click();
  await page.getByRole('combobox', { name: 'Tier override' }).selectOption('A');
  await expect(tier).toHaveText('Tier A');
  await expect(tier.locator('..')).toHaveAttribute('title', /Set by hand/);
});
