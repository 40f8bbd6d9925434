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

  // Sorting by company (its column header), then the list survives a reload.
  await list.getByRole('columnheader', { name: 'Company' }).getByRole('button').click();
  await expect(list.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');
  await expect(list.getByRole('link')).toHaveText(['Dorothy Vaughan', 'Mary Jackson', 'Katherine Johnson']);
  await list.getByRole('columnheader', { name: 'Company' }).getByRole('button').click();
  await expect(list.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending');
  await expect(list.getByRole('link')).toHaveText(['Katherine Johnson', 'Mary Jackson', 'Dorothy Vaughan']);
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

test('the list shows from the card cache after a restart, and edits made then are kept', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Rosalind Franklin', 'King’s College');
  await createCustomer(page, 'Lise Meitner', 'Kaiser Wilhelm');
  // Hiding the window compacts the store and caches the list.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForFunction(() => performance.getEntriesByName('rapport:card-cache-written').length > 0);

  await page.goto('/?restart=1#/customers');
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link')).toHaveText(['Lise Meitner', 'Rosalind Franklin']);
  const usedCache = await page.evaluate(() => performance.getEntriesByName('rapport:workspace-hydrated').length > 0);
  expect(usedCache).toBe(true);

  await list.getByRole('button', { name: 'Archive Lise Meitner' }).click();
  await expect(list.getByRole('link')).toHaveText(['Rosalind Franklin']);
  await page.goto('/?restart=2#/customers');
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link')).toHaveText(['Rosalind Franklin']);
});

test('save a filter as a segment and apply it again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Stage filter' }).selectOption('loyalist');
  const loyalists = await list.locator('.stage-pill').allTextContents();
  expect(loyalists.length).toBeGreaterThan(0);
  expect(new Set(loyalists)).toEqual(new Set(['Loyalist']));

  await page.getByRole('button', { name: 'Save as segment' }).click();
  await page.getByRole('textbox', { name: 'Segment name' }).fill('Loyal ones');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'All customers' });
  await expect(list.locator('.stage-pill')).not.toHaveCount(loyalists.length);
  await page.reload();
  await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'Loyal ones' });
  await expect(page.getByRole('region', { name: 'Customers' }).locator('.stage-pill')).toHaveText(loyalists);
});

test('add an important date, cancel another with Escape, remove one: the dates survive a reload', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Remington Rand');
  // No dates yet: the field waits under "Add field", and choosing it opens the form.
  await page.getByRole('button', { name: 'Add field' }).click();
  await page.getByRole('list', { name: 'Empty fields' }).getByRole('button', { name: 'Important dates' }).click();
  const add = page.getByRole('button', { name: 'Add date' });
  const form = page.getByRole('form', { name: 'New important date' });
  await expect(form.getByRole('textbox', { name: 'Date label' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Date label' }).fill('Contract renewal');
  await form.getByLabel('Date value').fill('2027-03-01');
  await form.getByRole('button', { name: 'Save date' }).click();
  await expect(form).toHaveCount(0);
  await expect(add).toBeFocused();

  // Escape leaves the form without adding anything.
  await add.click();
  await page.getByRole('textbox', { name: 'Date label' }).fill('Birthday');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'New important date' })).toHaveCount(0);

  await add.click();
  await page.getByRole('textbox', { name: 'Date label' }).fill('Birthday');
  await page.getByLabel('Date value').fill('1906-12-09');
  await page.getByRole('button', { name: 'Save date' }).click();
  await page.getByRole('button', { name: 'Remove Contract renewal' }).click();

  await page.reload();
  const dates = page.locator('.dates li');
  await expect(dates).toHaveCount(1);
  await expect(dates).toContainText('Birthday');
  await expect(dates.locator('time')).toHaveAttribute('datetime', '1906-12-09');
});
