import { test, expect } from '@playwright/test';
import { expectAccessible } from './a11y';
import { createCustomer, startEmptyWorkspace } from './support';

test('Losing touch works out of the box (cadence by tier), its empty state says what is true, and Settings edits the cadence', async ({ page }) => {
  await startEmptyWorkspace(page);
  const today = page.getByRole('link', { name: 'Today', exact: true });
  const losing = page.getByRole('region', { name: 'Losing touch' });
  const everyone = page.getByRole('radio', { name: 'Everyone' });

  await today.click();
  await everyone.check();
  await expect(losing.locator('.empty')).toHaveText('No customers to keep in touch with yet.');

  await createCustomer(page, 'Fresh Face', 'New Co');
  await today.click();
  await expect(losing.locator('.empty')).toHaveText(
    'No one has been contacted yet; every customer is within their cadence, counted from when they were added (A every 30 days, B 60, C 90).',
  );

  // A customer last contacted 146 days ago, no cadence of their own: tier C's 90 days.
  await createCustomer(page, 'Old Friend', 'Past Ltd');
  const date = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 146);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Long ago');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await today.click();
  await expect(losing.getByRole('heading')).toHaveText('Losing touch (1)');
  await expect(losing.getByRole('listitem')).toHaveCount(1);
  await expect(losing.getByRole('listitem')).toContainText('Old Friend');
  await expect(losing.getByRole('listitem')).toContainText('Every 90 days; last touch 146 days ago (56 past)');

  // Settings -> Relationship rules: tier C's cadence at 200 days; nobody is losing touch, and the empty state says by which rules.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const rules = page.getByRole('region', { name: 'Relationship rules' });
  await expect(rules.getByRole('spinbutton', { name: 'Cadence for tier A' })).toHaveValue('30');
  await expect(rules.getByRole('spinbutton', { name: 'Cadence for tier B' })).toHaveValue('60');
  const c = rules.getByRole('spinbutton', { name: 'Cadence for tier C' });
  await expect(c).toHaveValue('90');
  await c.fill('200');
  await today.click();
  await expect(losing.locator('.empty')).toHaveText('Everyone has been contacted within their cadence (A every 30 days, B 60, C 200).');
  await expectAccessible(page, '.today-view');

  // Empty: no cadence for tier C, so nobody here can lose touch, and it says so.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await c.fill('');
  await today.click();
  await expect(losing.locator('.empty')).toHaveText('No contact cadence is set: set one per tier in Settings → Relationship rules, or on a customer.');
});
