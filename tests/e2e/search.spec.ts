import { test, expect } from '@playwright/test';
import { createCustomer, notebook, startEmptyWorkspace } from './support';

test('search finds a word typed into a notebook a moment ago, with a highlighted snippet', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Barbara Liskov', 'Substitution Labs');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('They want a quokkafied onboarding plan');
  await createCustomer(page, 'Frances Allen', 'Optimizers');

  await page.getByRole('searchbox', { name: 'Search notes' }).fill('quokkafied');
  await page.getByRole('searchbox', { name: 'Search notes' }).press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Barbara Liskov' })).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['quokkafied']);
  await expect(results.getByRole('link')).toHaveCount(1);

  // A prefix and a typo still find it.
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('quokkafed');
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Barbara Liskov' })).toBeVisible();
});

test('the command palette opens a customer and a view', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Radia Perlman', 'Spanning Trees');
  await createCustomer(page, 'Vint Cerf', 'Packets');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('radia');
  await palette.getByRole('option', { name: /Radia Perlman/ }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Radia Perlman');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('board');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
});
