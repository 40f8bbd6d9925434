import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createCustomer, startEmptyWorkspace } from './support';

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
  await expect(preview).toContainText('998 new customers');
  await expect(preview).toContainText('1 merged into existing customers');
  await expect(preview).toContainText('2 rows skipped');
  await expect(dialog.getByRole('list', { name: 'Skipped rows' })).toContainText('Row 501: No name, company or email');
  await expect(dialog.getByRole('list', { name: 'Skipped rows' })).toContainText('Row 502: “not-an-email” is not an email address');
  // Nothing is written before confirming.
  await expect(page.locator('.count')).toHaveText('1 shown');

  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 998 new, 1 merged.', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.count')).toHaveText('999 shown');

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
