import { test, expect, type Page } from '@playwright/test';
import { createCustomer, notebook, startEmptyWorkspace, trackErrors } from './support';

/*
 * Two tabs of one workspace in one browser profile, no relay: they share
 * IndexedDB and the workspace's BroadcastChannel, and must see each other's
 * edits live (the list, a notebook, the profile, figures derived from
 * interactions and follow-ups) and lose none of them across reloads.
 */

async function openSameWorkspace(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
}

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
}

async function typeInNotebook(page: Page, text: string): Promise<void> {
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

test('two tabs see each other’s new customers, notebook and profile edits, and figures, live; nothing is lost on reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const errorsA = trackErrors(a);
  const errorsB = trackErrors(b);
  await startEmptyWorkspace(a);
  await openSameWorkspace(b);

  // A new customer made in A appears in B's list, which B is looking at.
  await createCustomer(a, 'Ada Lovelace', 'Analytical Engines');
  const listB = b.getByRole('region', { name: 'Customers' });
  await expect(listB.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();

  // A's notebook and profile edits on a customer B has open show in B as they happen.
  await openCustomer(b, 'Ada Lovelace');
  const editorB = await notebook(b);
  await typeInNotebook(a, 'Typed in tab A');
  await expect(editorB).toContainText('Typed in tab A');
  await a.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@engines.example');
  await a.getByRole('textbox', { name: 'Email', exact: true }).press('Tab');
  await expect(b.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('ada@engines.example');

  // And the reverse: B writes, A sees.
  await typeInNotebook(b, ' and in tab B');
  await expect(await notebook(a)).toContainText('Typed in tab A and in tab B');
  await createCustomer(b, 'Grace Hopper', 'Compilers Inc');
  await a.getByRole('link', { name: 'Customers', exact: true }).click();
  await expect(a.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Grace Hopper' })).toBeVisible();

  // Figures in B follow A's interactions on a customer B never opened (its digest is recomputed from the store).
  await createCustomer(a, 'Charles Babbage', 'Difference Engines');
  await b.getByRole('link', { name: 'Board', exact: true }).click();
  const charlesB = b.getByRole('region', { name: 'Prospect' }).getByRole('article', { name: 'Charles Babbage' });
  await expect(charlesB).toContainText('never touched');
  await a.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = a.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Call' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about the difference engine');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(charlesB).toContainText('touched 0 d ago');

  // A follow-up due today, added in A, shows in B's Today.
  await b.getByRole('link', { name: 'Today', exact: true }).click();
  const dueB = b.getByRole('region', { name: 'Follow-ups due' });
  await expect(dueB).toContainText('Nothing due today');
  const form = a.getByRole('form', { name: 'New follow-up' });
  await form.getByRole('textbox', { name: 'Follow-up' }).fill('Send the engine drawings');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(dueB.getByText('Send the engine drawings')).toBeVisible();

  // Both reload: every write of both tabs is still there, in both.
  await Promise.all([a.reload(), b.reload()]);
  for (const page of [a, b]) {
    await openCustomer(page, 'Ada Lovelace');
    await expect(await notebook(page)).toContainText('Typed in tab A and in tab B');
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('ada@engines.example');
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    const list = page.getByRole('region', { name: 'Customers' });
    await expect(list.getByRole('link')).toHaveCount(3);
    for (const name of ['Ada Lovelace', 'Charles Babbage', 'Grace Hopper']) await expect(list.getByRole('link', { name })).toBeVisible();
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Prospect' }).getByRole('article', { name: 'Charles Babbage' })).toContainText('touched 0 d ago');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Follow-ups due' }).getByText('Send the engine drawings')).toBeVisible();
  }
  // The notebook holds one copy of each edit (no echo between the tabs).
  await openCustomer(a, 'Ada Lovelace');
  expect((await (await notebook(a)).innerText()).match(/Typed in tab A/g)).toHaveLength(1);
  expect(errorsA).toEqual([]);
  expect(errorsB).toEqual([]);
});
