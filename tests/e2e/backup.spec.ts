import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createCustomer, notebook, startEmptyWorkspace } from './support';

test('back up a workspace to a file and restore it into a new workspace; a damaged file is refused', async ({ page }, info) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Wayne Enterprises', 'Wayne');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('Prefers night meetings');
  await createCustomer(page, 'Oscorp', 'Oscorp');

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up workspace' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.rapport-backup$/);
  const path = info.outputPath('workspace.rapport-backup');
  await download.saveAs(path);
  await expect(page.getByRole('status', { name: 'Backup progress' })).toContainText('Backed up 3 documents');

  // A damaged copy changes nothing and says why.
  const damaged = readFileSync(path);
  damaged[damaged.length - 40] ^= 0xff;
  const damagedPath = info.outputPath('damaged.rapport-backup');
  writeFileSync(damagedPath, damaged);
  const [badChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore backup' }).click()]);
  await badChooser.setFiles(damagedPath);
  await expect(page.getByRole('alert')).toContainText('damaged');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore backup' }).click()]);
  await chooser.setFiles(path);
  await expect(page.locator('.brand-name')).toHaveText('My workspace (restored)');
  // It says what it restored, and into which workspace.
  await expect(page.getByRole('status', { name: 'Backup progress' })).toHaveText('Restored 2 customers into “My workspace (restored)”.');
  const list = page.getByRole('region', { name: 'Customers' });
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(list.getByRole('link')).toHaveText(['Oscorp', 'Wayne Enterprises']);
  await list.getByRole('link', { name: 'Wayne Enterprises' }).click();
  await expect(await notebook(page)).toContainText('Prefers night meetings');
});

test('export the customer list to CSV and one customer to Markdown', async ({ page }, info) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, '=cmd|calc', 'Formula Corp');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('# Notes heading');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  const mdPath = info.outputPath('customer.md');
  await md.saveAs(mdPath);
  const markdown = readFileSync(mdPath, 'utf8');
  expect(markdown).toContain('# =cmd|calc');
  expect(markdown).toContain('# Notes heading');

  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvPath = info.outputPath('customers.csv');
  await csv.saveAs(csvPath);
  const text = readFileSync(csvPath, 'utf8');
  expect(text).toContain("'=cmd|calc,Formula Corp,Prospect");
});
