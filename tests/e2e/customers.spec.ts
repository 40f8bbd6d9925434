import { test, expect } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';

test('create three customers, archive one and restore it', async ({ page }) => {
  await startEmptyWorkspace(page);
  for (const [name, company] of [['Mary Jackson', 'NACA'], ['Katherine Johnson', 'NASA'], ['Dorothy Vaughan', 'Langley']]) {
    await createCustomer(page, name, company);
  }
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Katherine Johnson', 'Mary Jackson']);

  await list.getByRole('button', { name: 'Archive Katherine Johnson' }).click();
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Mary Jackson']);

  await page.getByRole('checkbox', { name: /Show archived/ }).check();
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Katherine Johnson', 'Mary Jackson']);
  await list.getByRole('button', { name: 'Restore Katherine Johnson' }).click();
  await page.getByRole('checkbox', { name: /Show archived/ }).uncheck();
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Katherine Johnson', 'Mary Jackson']);

  // Sorting by company, then the list survives a reload.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('company');
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Mary Jackson', 'Katherine Johnson']);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link')).toHaveCount(3);
});

test('rename a customer from its page', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Hedy Lamarr', 'Frequency Hopping');
  const name = page.getByRole('textbox', { name: 'Customer name' });
  await name.fill('Hedy Kiesler Lamarr');
  await name.blur();
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Hedy Kiesler Lamarr' })).toBeVisible();
});
