import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createCustomer, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

function hubspotCsv(rows: number): string {
  const lines = ['Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,Notes'];
  for (let i = 1; i <= rows; i++) {
    if (i === 500) lines.push(`${i},,,,,,,lead,`); // nothing to import from
    else if (i === 501) lines.push(`${i},Bad,Mail,not-an-email,,X,,lead,`);
    else lines.push(`${i},First${i},Last${i},person${i}@example.com,+1 555 ${String(i).padStart(4, '0')},Company ${i % 97},Buyer,${i % 3 === 0 ? 'customer' : 'lead'},"Note for ${i}, with a comma"`);
  }
  lines.push(`1001,Ada,Lovelace,ada@engines.example,,Analytical Engines,Countess,customer,Met at the Royal Society`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

test('import a 1,000-row HubSpot CSV with a preview, then undo it', async ({ page }, info) => {
  test.setTimeout(120_000);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@engines.example');
  await page.getByRole('textbox', { name: 'Email', exact: true }).blur();
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.locator('.count')).toHaveText('1 shown');

  const path = info.outputPath('hubspot-contacts.csv');
  writeFileSync(path, hubspotCsv(1000));
  // Let the digest (which knows Ada's email) catch up before matching.
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
  await chooser.setFiles(path);

  const preview = dialog.getByRole('list', { name: 'Import preview' });
  await expect(preview).toContainText('999 new customers');
  await expect(preview).toContainText('1 merged into existing customers');
  await expect(preview).toContainText('1 row skipped');
  await expect(preview).toContainText('1 value left out');
  await expect(dialog.getByRole('list', { name: 'Skipped rows' })).toContainText('Row 501: No name, company or email');
  // The row with a bad email is imported without it, and the value is listed.
  await expect(dialog.getByRole('table', { name: 'Values that cannot be read' })).toContainText('502Emailnot-an-emailnot an email address');
  // Nothing is written before confirming.
  await expect(page.locator('.count')).toHaveText('1 shown');

  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 999 new, 1 merged.', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.count')).toHaveText('1,000 shown');

  // Ada was merged, not duplicated: her notebook has the imported note.
  await page.getByRole('searchbox', { name: 'Filter customers' }).fill('Lovelace');
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter customers' }).fill('');

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.locator('.count')).toHaveText('1 shown', { timeout: 30_000 });
  // Reload once the app says the import is taken back (not in the same instant the list changes).
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Import taken back.', { timeout: 30_000 });
  await page.reload();
  await expect(page.locator('.count')).toHaveText('1 shown');
});

/** A small export in Swedish with a multi-line note, an owner, an impossible date, and one row matching an existing customer. */
const SWEDISH = [
  'Post-ID,Förnamn,Efternamn,E-post,Företagsnamn,Livscykelfas,Kontaktägare,Skapat datum,Anteckningar',
  '1,Astrid,Lindgren,astrid@bullerbyn.example,Rabén & Sjögren,Kund,Karin Säljare,2019-04-02,"Första raden.\nAndra raden."',
  '2,Greta,Garbo,greta@film.example,MGM,Lead,,2024-02-30,',
  '3,Ada,Lovelace,ada@engines.example,Analytical Engines,Kund,,2020-01-01,',
].join('\r\n');

async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
  await chooser.setFiles(path);
  return dialog;
}

test('the preview lists an impossible date with row and column; Undo import stays through navigation and a reload, and undoes; a re-import is 0 new · N unchanged', async ({ page }, info) => {
  test.setTimeout(120_000);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@engines.example');
  await page.getByRole('textbox', { name: 'Email', exact: true }).blur();
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const path = info.outputPath('hubspot-sv.csv');
  writeFileSync(path, SWEDISH);

  let dialog = await importFile(page, path);
  // Every column is recognised, the owner matched to members, the impossible date listed with its row and column.
  const columns = dialog.getByRole('table', { name: 'Column mapping' });
  await expect(columns.getByRole('row', { name: /Kontaktägare/ })).toContainText('Owner (matched to a member by name or email; others become members)');
  await expect(columns.getByRole('row', { name: /Post-ID/ })).toContainText('Not imported: the other system’s record id');
  const problems = dialog.getByRole('table', { name: 'Values that cannot be read' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toContainText('3Skapat datum2024-02-30not a date');
  await expect(dialog.getByLabel('Import summary')).toHaveText('2 new · 0 unchanged · 1 merged · 1 value left out');
  await expectAccessible(page, '.import-preview');
  // Skipping the row instead says so.
  await dialog.getByRole('combobox', { name: 'Row 3, Skapat datum' }).selectOption('skip');
  await expect(dialog.getByLabel('Import summary')).toHaveText('1 new · 0 unchanged · 1 merged · 1 row skipped');
  await dialog.getByRole('combobox', { name: 'Row 3, Skapat datum' }).selectOption('drop');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 2 new, 1 merged.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.count')).toHaveText('3 shown');

  // Open a customer to check the result: the note keeps its lines, the owner is the file's.
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Astrid Lindgren' }).click();
  const notebook = page.getByRole('textbox', { name: 'Notebook' });
  await expect(notebook.locator('p', { hasText: 'Första raden.' })).toHaveCount(1);
  await expect(notebook.locator('p', { hasText: 'Andra raden.' })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Owner' }).locator('option:checked')).toHaveText('Karin Säljare');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const banner = page.getByRole('region', { name: 'Recent imports' });
  await expect(banner.getByRole('button', { name: 'Undo import' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Recent imports' }).getByRole('button', { name: 'Undo import' })).toBeVisible();

  // Settings -> Imports lists it too.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Imports' });
  await expect(panel).toContainText('hubspot-sv.csv (HubSpot): 2 new, 1 merged');
  await expectAccessible(page, '.imports-panel');

  // The same file again: nothing new, nothing to write.
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  dialog = await importFile(page, path);
  await expect(dialog.getByLabel('Import summary')).toHaveText('0 new · 3 unchanged · 1 value left out');
  await expect(dialog.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('region', { name: 'Recent imports' }).getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Import taken back.', { timeout: 30_000 });
  await expect(page.locator('.count')).toHaveText('1 shown');
  await expect(page.getByRole('region', { name: 'Recent imports' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.count')).toHaveText('1 shown');
  await expect(page.getByRole('region', { name: 'Recent imports' })).toHaveCount(0);
  // Ada is as before: the imported section is gone from her notebook.
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page.getByRole('textbox', { name: 'Notebook' })).not.toContainText('Imported from');
});

test('slash dates that read either way: the preview says they are read month first, the user switches the column to day first, and the dates are imported so', async ({ page }, info) => {
  test.setTimeout(120_000);
  await startEmptyWorkspace(page);
  const path = info.outputPath('birthdays.csv');
  writeFileSync(path, 'Name,Email,Birthday\r\nZora Neale,zora@harlem.example,3/5/1991\r\nOtto Vance,otto@vance.example,4/6/1985\r\n');
  const dialog = await importFile(page, path);
  const row = dialog.getByRole('table', { name: 'Column mapping' }).getByRole('row', { name: /Birthday/ });
  await expect(row).toContainText('Dates like 3/5/1991 read as month first (March 5), as US exports write them');
  const order = dialog.getByRole('combobox', { name: 'Date order of Birthday' });
  await expect(order).toHaveValue('mdy');
  await expectAccessible(page, 'dialog[open]');
  // The preview is read again with the column's new order; focus stays on the choice.
  await order.focus();
  await order.selectOption('dmy');
  await expect(row).toContainText('Dates like 3/5/1991 read as day first (May 3), as you chose');
  await expect(order).toBeFocused();
  await expect(dialog.getByLabel('Import summary')).toHaveText('2 new · 0 unchanged');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 2 new, 0 merged.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Zora Neale' }).click();
  await expect(page.locator('ul.dates time')).toHaveAttribute('datetime', '1991-05-03');
});

test('a Total Revenue column becomes one purchase per customer, an ambiguous amount is listed, a re-import adds none, Undo takes it back', async ({ page }, info) => {
  test.setTimeout(120_000);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@engines.example');
  await page.getByRole('textbox', { name: 'Email', exact: true }).blur();
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const path = info.outputPath('hubspot-revenue.csv');
  writeFileSync(
    path,
    [
      'Record ID,First Name,Last Name,Email,Company Name,Create Date,Total Revenue,Annual Revenue',
      '1,Ada,Lovelace,ada@engines.example,Analytical Engines,2020-01-05,"13,250.50","5,000,000"',
      '2,Grace,Hopper,grace@navy.example,US Navy,2021-03-01,1.250,',
    ].join('\r\n'),
  );

  let dialog = await importFile(page, path);
  const columns = dialog.getByRole('table', { name: 'Column mapping' });
  // A new workspace on this device is in dollars.
  await expect(columns.getByRole('row', { name: /^Total Revenue/ })).toContainText('Purchase amount (total to date): one purchase per customer, in USD');
  await expect(columns.getByRole('row', { name: /^Annual Revenue/ })).toContainText('Not imported: the company’s own yearly revenue, not what it paid you');
  const problems = dialog.getByRole('table', { name: 'Values that cannot be read' });
  await expect(problems.getByRole('row').nth(1)).toContainText('3Total Revenue1.250“1.250” is ambiguous');
  await expect(dialog.getByLabel('Import summary')).toHaveText('1 new · 0 unchanged · 1 merged · 1 value left out');
  await dialog.getByText('Merges (1)').click();
  await expect(dialog.getByRole('list', { name: 'Merges' })).toContainText('a purchase of $13,250.50 (“Total Revenue”, total to date)');
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 1 new, 1 merged.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();

  const customers = page.getByRole('region', { name: 'Customers' });
  const imported = page.getByRole('region', { name: 'Customer timeline' }).locator('.event').filter({ hasText: 'Imported from HubSpot: “Total Revenue”' });
  await customers.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(imported.locator('.event-amount')).toHaveText('$13,250.50');
  await expect(imported.locator('.event-time')).toHaveAttribute('datetime', '2020-01-05');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();

  // The same file again, after a reload (Ada's doc is not open: the preview compares with her digest): the purchase is there already.
  await page.reload();
  await expect(customers.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  dialog = await importFile(page, path);
  await expect(dialog.getByLabel('Import summary')).toHaveText('0 new · 2 unchanged · 1 value left out');
  await expect(dialog.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('region', { name: 'Recent imports' }).getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Import taken back.', { timeout: 30_000 });
  await customers.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page.getByRole('region', { name: 'Customer timeline' })).toBeVisible();
  await expect(imported).toHaveCount(0);
});
