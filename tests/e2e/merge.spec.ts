import { test, expect, type Browser, type Page } from '@playwright/test';
import { createCustomer, notebook, trackErrors } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';
import { expectAccessible } from './a11y';

/**
 * Merge duplicates (issue 11, part 7): "Possible duplicates" on the customers view,
 * two ticked, Merge, the two side by side, the kept one gets the other's notebook
 * under a heading; the other is archived as merged into it; an edit made offline on
 * the merged-away customer reaches the kept one once its device reconnects.
 */

const PORT = 47493;
let relay: TestRelay;
test.beforeAll(async () => {
  relay = await startRelay(PORT, 'merge-ws:merge-secret');
});
test.afterAll(async () => relay?.stop());

async function joinAs(browser: Browser, name: string, colour: string, code: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('radio', { name: colour }).check();
  await page.getByRole('textbox', { name: /join a teammate/i }).fill(code);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
  return page;
}

/** Creates a customer with a line in its notebook; returns its id (from the page's address). */
async function customerWithNote(page: Page, name: string, company: string, note: string): Promise<string> {
  await createCustomer(page, name, company);
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type(note);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/customers/', ''));
}

test('merge two duplicates, then an edit made offline on the merged-away customer lands in the kept one', async ({ browser }) => {
  // Two devices, a relay, a reconnect and axe in both schemes: longer than a one-page test.
  test.setTimeout(180_000);
  const code = inviteCode(relay.url, 'merge-ws', 'merge-secret', 'Merges');
  const alice = await joinAs(browser, 'Alice', 'Pink', code);
  const bob = await joinAs(browser, 'Bob', 'Teal', code);
  const errors = trackErrors(alice);
  await expect(alice.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });

  const keptId = await customerWithNote(alice, 'Ada Lovelace', 'Acme', 'Kept notes.');
  const otherId = await customerWithNote(alice, 'Ada Lovelace', 'Acme', 'Other notes.');

  // Bob has the second one open, then loses the network.
  await bob.evaluate((id) => (window.location.hash = `#/customers/${id}`), otherId);
  const bobEditor = await notebook(bob);
  await expect(bobEditor).toContainText('Other notes.', { timeout: 15_000 });
  await bob.context().setOffline(true);
  await expect(bob.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible({ timeout: 10_000 });

  await alice.getByRole('link', { name: 'Customers', exact: true }).click();
  const region = alice.getByRole('region', { name: 'Possible duplicates' });
  await expect(region).toContainText('Same name and company');
  const merge = region.getByRole('button', { name: 'Merge' });
  await expect(merge).toBeDisabled();
  const boxes = region.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await merge.click();
  const dialog = alice.getByRole('dialog', { name: 'Merge customers' });
  await expect(dialog.getByRole('radio', { name: 'Keep Ada Lovelace' })).toHaveCount(2);
  await expect(dialog.getByRole('radio', { name: 'Keep Ada Lovelace' }).first()).toBeChecked();
  await expect(dialog.getByRole('region')).toHaveCount(2);
  await expectAccessible(alice, '.merge-dialog');
  // Escape closes it, focus back on Merge; then for real.
  await alice.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(merge).toBeFocused();
  await merge.click();
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(alice.getByRole('region', { name: 'Notifications' })).toContainText('Ada Lovelace merged into Ada Lovelace.');
  await expect(region).toBeHidden();

  // The kept customer holds both notebooks; the other is archived, pointing at it.
  await alice.evaluate((id) => (window.location.hash = `#/customers/${id}`), keptId);
  const aliceEditor = await notebook(alice);
  await expect(aliceEditor).toContainText('Kept notes.');
  await expect(aliceEditor.getByRole('heading', { name: 'Notes from Ada Lovelace (merged)' })).toBeVisible();
  await expect(aliceEditor).toContainText('Other notes.');

  // Bob, still offline and still on the old page, writes a line there; then reconnects.
  await bobEditor.click();
  await bob.keyboard.press('Control+End');
  await bob.keyboard.press('Enter');
  await bob.keyboard.type('Written offline by Bob.');
  await bob.context().setOffline(false);
  await expect(aliceEditor).toContainText('Written offline by Bob.', { timeout: 30_000 });
  await expect(aliceEditor).toContainText('Other notes.');

  // Bob sees the merge too, and the line in the kept customer.
  await bob.evaluate((id) => (window.location.hash = `#/customers/${id}`), keptId);
  await expect(await notebook(bob)).toContainText('Written offline by Bob.', { timeout: 20_000 });
  await alice.evaluate((id) => (window.location.hash = `#/customers/${id}`), otherId);
  const note = alice.locator('.merged-into');
  await expect(note).toContainText('Merged into Ada Lovelace');
  await note.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(alice).toHaveURL(new RegExp(`#/customers/${keptId}$`));

  // Undone later, from the merged-away customer's page: the kept one loses the copies, folded line included.
  await alice.goBack();
  await note.getByRole('button', { name: 'Undo merge' }).click();
  await expect(alice.getByRole('region', { name: 'Notifications' })).toContainText('Merge undone');
  await expect(note).toBeHidden();
  await expect(await notebook(alice)).toContainText('Other notes.');
  await expect(await notebook(alice)).toContainText('Written offline by Bob.');
  await alice.evaluate((id) => (window.location.hash = `#/customers/${id}`), keptId);
  await expect(await notebook(alice)).toHaveText('Kept notes.');
  expect(errors).toEqual([]);
});

test('a merge is undone from its notice: both customers are back as they were', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Alice');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await customerWithNote(page, 'Grace Hopper', 'Navy', 'First.');
  await customerWithNote(page, 'Grace Hopper', 'Navy', 'Second.');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  const region = page.getByRole('region', { name: 'Possible duplicates' });
  await region.getByRole('checkbox').nth(0).check();
  await region.getByRole('checkbox').nth(1).check();
  await expectAccessible(page, '.duplicates');
  await region.getByRole('button', { name: 'Merge' }).click();
  await page.getByRole('dialog', { name: 'Merge customers' }).getByRole('button', { name: 'Merge' }).click();
  const list = page.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link', { name: 'Grace Hopper', exact: true })).toHaveCount(1);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Merge undone');
  await expect(list.getByRole('link', { name: 'Grace Hopper', exact: true })).toHaveCount(2);
  await expect(region.getByRole('checkbox')).toHaveCount(2);
  await list.getByRole('link', { name: 'Grace Hopper', exact: true }).first().click();
  const editor = await notebook(page);
  // Each has its own notebook again: one line, no merged heading.
  await expect(editor).toHaveText(/^(First|Second)\.$/);
  await expect(editor.getByRole('heading')).toHaveCount(0);
});
