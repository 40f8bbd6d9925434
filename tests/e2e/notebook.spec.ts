import { test, expect } from '@playwright/test';
import { createCustomer, notebook, profileField, startEmptyWorkspace, trackErrors } from './support';

test('a customer with profile, stage and formatted notes survives a reload', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');

  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@engines.example');
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('+44 20 7946 0000');
  // Empty fields wait under "Add field"; filled, they show after the reload.
  await (await profileField(page, 'Preferences')).fill('Letters, not calls');
  await (await profileField(page, 'Likes')).fill('Poetry, mathematics');
  await (await profileField(page, 'Dislikes')).fill('Vague estimates');
  await (await profileField(page, 'Reasons for buying')).fill('Needs a general-purpose machine');
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Repeat customer' });

  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('# Visit notes');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Wants the difference engine');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Prefers punch cards');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See https://engines.example/spec for details');
  await page.keyboard.press('Enter');

  await expect(editor.locator('h1')).toHaveText('Visit notes');
  await expect(editor.locator('ul > li')).toHaveText(['Wants the difference engine', 'Prefers punch cards']);
  await expect(editor.locator('a[href="https://engines.example/spec"]')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Ada Lovelace');
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('ada@engines.example');
  await expect(page.getByRole('textbox', { name: 'Phone', exact: true })).toHaveValue('+44 20 7946 0000');
  await expect(page.getByRole('textbox', { name: 'Preferences', exact: true })).toHaveValue('Letters, not calls');
  await expect(page.getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('Poetry, mathematics');
  await expect(page.getByRole('textbox', { name: 'Dislikes', exact: true })).toHaveValue('Vague estimates');
  await expect(page.getByRole('textbox', { name: 'Reasons for buying', exact: true })).toHaveValue('Needs a general-purpose machine');
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('repeat');
  await expect(page.getByRole('region', { name: 'Stage history' }).getByRole('listitem').first()).toContainText('Repeat customer');

  const reloaded = await notebook(page);
  await expect(reloaded.locator('h1')).toHaveText('Visit notes');
  await expect(reloaded.locator('ul > li')).toHaveText(['Wants the difference engine', 'Prefers punch cards']);
  await expect(reloaded.locator('a[href="https://engines.example/spec"]')).toHaveText('https://engines.example/spec');
  // Exactly one copy of the content: nothing bootstrapped twice.
  await expect(reloaded.locator('h1')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('markdown shortcuts make the right nodes', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Compilers Inc');
  const editor = await notebook(page);
  await editor.click();
  const lines = ['## Subheading', '1. first', '', '[] task', '', '> quoted', '', 'some **bold** and *italic* and `code`'];
  for (const line of lines) {
    if (line) await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(editor.locator('h2')).toHaveText('Subheading');
  await expect(editor.locator('ol > li')).toHaveText(['first']);
  await expect(editor.locator('li[role="checkbox"], li.nb-li-unchecked')).toHaveText(['task']);
  await expect(editor.locator('blockquote')).toHaveText('quoted');
  await expect(editor.locator('strong, .nb-bold').first()).toHaveText('bold');
  await expect(editor.locator('em, .nb-italic').first()).toHaveText('italic');
  await expect(editor.locator('code, .nb-inline-code').first()).toHaveText('code');
});

test('undo and redo in the notebook', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Alan Turing', 'Bletchley Ltd');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('First thought');
  await page.waitForTimeout(600); // let the undo manager close the capture group
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second thought');
  await expect(editor).toContainText('Second thought');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).not.toContainText('Second thought');
  await expect(editor).toContainText('First thought');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(editor).toContainText('Second thought');

  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('Second thought');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor).toContainText('Second thought');

  // The undone and redone state is what is stored.
  await page.reload();
  await expect(await notebook(page)).toContainText('First thought');
  await expect(page.getByRole('textbox', { name: 'Notebook' })).toContainText('Second thought');
});

test('a notebook left and opened again shows its notes once, and the undo history starts fresh', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Compilers Inc');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('## Visit');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Talked about COBOL');
  await expect(editor).toContainText('Talked about COBOL');
  const text = await editor.innerText();

  // The doc stays in memory between visits; the second editor binds to the same doc.
  for (let visit = 0; visit < 2; visit++) {
    await page.getByRole('link', { name: 'All customers' }).click();
    await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Grace Hopper' }).click();
    const again = await notebook(page);
    await expect(again).toContainText('Talked about COBOL');
    expect(await again.innerText()).toBe(text);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  }

  // Editing after coming back still reaches the store.
  const editorAgain = await notebook(page);
  await editorAgain.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' and Navy');
  await page.reload();
  await expect(await notebook(page)).toContainText('Talked about COBOL and Navy');
  expect(errors).toEqual([]);
});
