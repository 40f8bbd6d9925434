import { test, expect } from '@playwright/test';
import { expectAccessible } from './a11y';
import { createCustomer, notebook, startEmptyWorkspace } from './support';

test('search finds a word typed into a notebook a moment ago, with a highlighted snippet', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Barbara Liskov', 'Substitution Labs');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('They want a quokkafied onboarding plan');
  await createCustomer(page, 'Frances Allen', 'Optimizers');

  await page.getByRole('searchbox', { name: 'Search notes' }).fill('quokkafied');
  await page.getByRole('searchbox', { name: 'Search notes' }).press('Enter');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Barbara Liskov' })).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['quokkafied']);
  await expect(results.getByRole('link')).toHaveCount(1);

  // A prefix and a typo still find it.
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('quokkafed');
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Barbara Liskov' })).toBeVisible();
});

test('the command palette opens a customer and a view', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Radia Perlman', 'Spanning Trees');
  await createCustomer(page, 'Vint Cerf', 'Packets');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('radia');
  await palette.getByRole('option', { name: /Radia Perlman/ }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Radia Perlman');

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('board');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();
});

test('the palette ranks a matching view or action first, customers by name next, notes last ("In notes"); Enter runs the command', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Compilers');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('Asked about the settings of her board and a new customer for the compiler');
  await createCustomer(page, 'Ada Board', 'Engines');

  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const command = palette.getByRole('combobox', { name: 'Command' });
  const inNotes = palette.getByRole('group', { name: 'In notes' });

  // "settings": Grace's notes mention it, yet Enter opens Settings.
  await page.keyboard.press('Control+k');
  await command.fill('settings');
  await expect(inNotes.getByRole('option', { name: /Grace Hopper/ })).toBeVisible();
  const options = palette.getByRole('option');
  await expect(options.first()).toHaveText('Settings');
  await expect(palette.getByRole('option', { name: 'Settings', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, '[role="dialog"]');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // "new customer": the action, before Grace (notes) and the New customer dialog opens.
  await page.keyboard.press('Control+k');
  await command.fill('new customer');
  await expect(inNotes.getByRole('option', { name: /Grace Hopper/ })).toBeVisible();
  await expect(options.first()).toHaveText(/^New customer/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // "board": the view first, then Ada Board by name, then Grace in notes.
  await page.keyboard.press('Control+k');
  await command.fill('board');
  await expect(inNotes.getByRole('option', { name: /Grace Hopper/ })).toBeVisible();
  await expect(palette.getByRole('group', { name: 'Customers' }).getByRole('option')).toHaveText([/^Ada Board/]);
  await expect(options).toHaveText(['Board', /^Ada Board/, /^Grace Hopper/, 'Search everything for “board”']);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Board', level: 1 })).toBeVisible();

  // A customer's name that names no command: the customer comes first.
  await page.keyboard.press('Control+k');
  await command.fill('grace');
  await expect(options.first()).toHaveText(/^Grace Hopper/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Grace Hopper');
});
