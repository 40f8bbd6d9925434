import { test, expect } from '@playwright/test';

test('first run offers the sample workspace, and it opens with customers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/sample-list.png' });
  await list.getByRole('link').first().click();
  await expect(page.getByRole('textbox', { name: 'Notebook' })).toContainText(/\w+/);
  await page.screenshot({ path: 'test-results/sample-customer.png', fullPage: true });
  expect(errors).toEqual([]);
});
