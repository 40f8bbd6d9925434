import { test, expect } from '@playwright/test';

test('insights on the sample workspace: funnel counts match the customers, tiers and sentiment are shown', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link').first()).toBeVisible();

  // Count customers per stage from the list, filtered by stage.
  const expected: Record<string, number> = {};
  for (const [value, label] of [['loyalist', 'Loyalist'], ['prospect', 'Prospect']]) {
    await page.getByRole('combobox', { name: 'Stage filter' }).selectOption(value);
    await expect(page.getByRole('region', { name: 'Customers' }).locator('.stage-pill').first()).toHaveText(label);
    expected[label] = Number((await page.locator('.count').textContent())!.replace(/\D/g, ''));
  }

  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Insights updating' })).toHaveCount(0, { timeout: 20_000 });
  const funnel = page.getByRole('region', { name: 'Stage funnel' });
  for (const [label, count] of Object.entries(expected)) {
    await expect(funnel.getByRole('row', { name: new RegExp(`^${label} `) }).first().getByRole('cell').first()).toHaveText(String(count));
  }
  const tiers = page.getByRole('region', { name: 'Value by tier' });
  await expect(tiers.getByRole('rowheader')).toHaveText(['Tier A', 'Tier B', 'Tier C']);
  const total = (await tiers.getByRole('row').locator('td:nth-child(2)').allTextContents()).reduce((n, t) => n + Number(t), 0);
  expect(total).toBe(40);
  await expect(page.getByRole('region', { name: 'Sentiment over time' }).getByLabel('Sentiment summary')).toContainText('positive');
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All time' });
  await expect(page.getByRole('table', { name: 'Conversion between stages' }).getByRole('row')).toHaveCount(5);
});
