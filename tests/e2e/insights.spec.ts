import { test, expect, type Page } from '@playwright/test';
import { createCustomer, trackErrors } from './support';

const STAGES: [string, string][] = [
  ['prospect', 'Prospect'],
  ['first_purchase', 'First purchase'],
  ['repeat', 'Repeat customer'],
  ['loyalist', 'Loyalist'],
  ['advocate', 'Advocate'],
  ['at_risk', 'At risk'],
  ['lost', 'Lost'],
];

const shownCount = async (page: Page) => Number((await page.locator('.view-header .count').textContent())!.replace(/\D/g, ''));

/** Figures come from digests computed in the background: wait until the view says they are complete. */
async function openInsights(page: Page) {
  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  const view = page.getByRole('region', { name: 'Insights', exact: true });
  await expect(view).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  return view;
}

test('insights on the sample workspace: funnel counts match the customers per stage, tiers, sentiment, at risk', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link').first()).toBeVisible();
  const total = await shownCount(page);
  expect(total).toBeGreaterThan(20);

  // What the Customers list shows per stage, filtered by stage.
  const expected = new Map<string, number>();
  for (const [value, label] of STAGES) {
    await page.getByRole('combobox', { name: 'Stage filter' }).selectOption(value);
    await expect(list.locator('.stage-pill').filter({ hasNotText: new RegExp(`^${label}$`) })).toHaveCount(0);
    expected.set(value, await shownCount(page));
  }
  expect([...expected.values()].reduce((a, b) => a + b, 0)).toBe(total);

  const view = await openInsights(page);
  const funnel = view.getByRole('region', { name: 'Stage funnel' });
  const perStage = funnel.getByRole('table', { name: 'Customers per stage' });
  await expect(perStage.getByRole('rowheader')).toHaveText(STAGES.map(([, label]) => label));
  for (const [value] of STAGES) await expect(perStage.locator(`tr[data-stage="${value}"] td`).first()).toHaveText(String(expected.get(value)));
  await expect(funnel.locator('.recharts-bar-rectangle')).toHaveCount(STAGES.filter(([v]) => expected.get(v)! > 0).length);

  // Conversion between the five path stages: four pairs, for each period.
  const conversion = funnel.getByRole('table', { name: 'Conversion between stages' });
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All time' });
  await expect(conversion.getByRole('rowheader')).toHaveText(['Prospect → First purchase', 'First purchase → Repeat customer', 'Repeat customer → Loyalist', 'Loyalist → Advocate']);
  await expect(funnel.getByRole('heading', { name: 'Conversion, all time' })).toBeVisible();
  // Over all time, every customer was in Prospect (or skipped it) at some point; the cohort is not empty.
  expect(Number(await conversion.locator('tr[data-from="prospect"] td').first().textContent())).toBeGreaterThan(0);

  const tiers = view.getByRole('region', { name: 'Value by tier' });
  await expect(tiers.getByRole('table', { name: 'Customers and value per tier' }).getByRole('rowheader')).toHaveText(['Tier A', 'Tier B', 'Tier C']);
  const perTier = await tiers.locator('tr[data-tier] td:nth-child(2)').allTextContents();
  expect(perTier.reduce((n, t) => n + Number(t), 0)).toBe(total);
  expect(Number(perTier[0])).toBeGreaterThan(0);
  await expect(tiers.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const sentiment = view.getByRole('region', { name: 'Sentiment over time' });
  await expect(sentiment.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const months = sentiment.getByRole('table', { name: 'Interactions per month by sentiment' }).locator('tbody tr');
  expect(await months.count()).toBeGreaterThan(1);
  await expect(sentiment.getByText(/\d+ positive, \d+ neutral, \d+ negative interactions over \d+ months/)).toBeVisible();

  // Each customer listed as at risk links to its page.
  const atRisk = view.getByRole('region', { name: 'At risk, high value' });
  await expect(atRisk.getByRole('heading', { name: 'At risk, high value' })).toBeVisible();
  const links = atRisk.getByRole('link');
  if ((await links.count()) > 0) {
    const name = (await links.first().textContent())!;
    await links.first().click();
    await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
  }
  expect(errors).toEqual([]);
});

test('a customer with a large purchase lands in tier A', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link').first()).toBeVisible();
  let view = await openInsights(page);
  const topOfA = () => view.getByRole('region', { name: 'Value by tier' }).getByRole('list', { name: 'Top of tier A' });
  await expect(topOfA().getByRole('link', { name: 'Big Spender' })).toHaveCount(0);

  await createCustomer(page, 'Big Spender', 'Deep Pockets');
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Bought the whole catalogue');
  await dialog.getByRole('combobox', { name: 'Sentiment' }).selectOption({ label: 'Positive' });
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('5000000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  view = await openInsights(page);
  await expect(topOfA().getByRole('listitem').first()).toContainText('Big Spender');
  await topOfA().getByRole('link', { name: 'Big Spender' }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Big Spender');
});
