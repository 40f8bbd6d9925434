import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { trackErrors } from './support';
import { expectAccessible } from './a11y';

/**
 * The customer list for a book of business (issue 11, part 6, and the list exports of
 * part 9): columns the user chooses, sorted from their headers, a checkbox per row with
 * shift-click ranges and "Select all shown", bulk actions undone as a whole, and CSV of
 * what is selected or shown.
 */
test('choose columns, sort by a header, select a range, set the owner of three, undo; export the selection', async ({ page }, info) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Robin Lead');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link').first()).toBeVisible();

  // Columns: Owner is shown by default; add Value, Tier and Tags.
  await page.getByText('Columns', { exact: true }).click();
  for (const column of ['Value', 'Tier', 'Tags']) await page.getByRole('checkbox', { name: column, exact: true }).check();
  await expect(list.getByRole('columnheader', { name: 'Value' })).toBeVisible();

  // Sort by value, highest first: the first rows hold the largest amounts.
  const value = list.getByRole('columnheader', { name: 'Value' });
  await value.getByRole('button').click();
  await value.getByRole('button').click();
  await expect(value).toHaveAttribute('aria-sort', 'descending');
  const amounts = await list.locator('.cell-value').allTextContents();
  const numbers = amounts.slice(0, 5).map((text) => Number(text.replace(/[^0-9.,-]/g, '').replace(/,/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  // Three rows: the first, then shift-click the third.
  const rows = list.getByRole('row').filter({ has: page.getByRole('link') });
  const names = (await rows.getByRole('link').allTextContents()).slice(0, 3);
  await list.getByRole('checkbox', { name: `Select ${names[0]}` }).click();
  await list.getByRole('checkbox', { name: `Select ${names[2]}` }).click({ modifiers: ['Shift'] });
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk.getByRole('status')).toHaveText('3 selected');
  for (const name of names) await expect(list.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
  await expectAccessible(page, '.customers-view');

  const owners = await Promise.all(names.map((name) => rows.filter({ hasText: name }).locator('.cell-owner').textContent()));
  await bulk.getByRole('combobox', { name: 'Set owner' }).selectOption({ label: 'Robin Lead' });
  for (const name of names) await expect(rows.filter({ hasText: name }).locator('.cell-owner')).toHaveText('Robin Lead');
  const notifications = page.getByRole('region', { name: 'Notifications' });
  await expect(notifications).toContainText('Owner set to Robin Lead for 3 of 3 customers.');

  // The selection exported: exactly those three, owner by name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const path = info.outputPath('selected.csv');
  await download.saveAs(path);
  const csv = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(csv.map((row) => row.Name).sort()).toEqual([...names].sort());
  expect(csv.every((row) => row.Owner === 'Robin Lead' && /^[ABC]$/.test(row.Tier) && row['Lifetime value'] !== '')).toBe(true);

  // One Undo takes the whole change back.
  await notifications.getByRole('button', { name: 'Undo' }).click();
  for (const [i, name] of names.entries()) await expect(rows.filter({ hasText: name }).locator('.cell-owner')).toHaveText(owners[i] ?? '');

  // Select all shown, then clear.
  await list.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(bulk.getByRole('status')).toHaveText(`${(await page.locator('.count').textContent())?.replace(' shown', '')} selected`);
  await bulk.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bulk).toBeHidden();
  expect(errors).toEqual([]);
});
