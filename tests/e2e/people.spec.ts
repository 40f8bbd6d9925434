import { test, expect, type Browser, type Page } from '@playwright/test';
import { createCustomer, cursorLabel, notebook, trackErrors } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';
import { expectAccessible } from './a11y';

/**
 * People (issue 11, part 1): the first run and joining ask a name and a colour; the
 * workspace doc holds its members; what anyone writes shows their current name, on every
 * device, and a rename in Settings -> People shows everywhere.
 */

const PORT = 47471;
let relay: TestRelay;
test.beforeAll(async () => {
  relay = await startRelay(PORT, 'people-ws:people-secret,tasks-ws:tasks-secret');
});
test.afterAll(async () => relay?.stop());

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  return page.getByRole('region', { name: 'People' });
}

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

test('the first run asks a name and a colour, and Settings -> People shows the member', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  await page.getByRole('radio', { name: 'Green' }).check();
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();

  await createCustomer(page, 'Globex', 'Globex Corp');
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'First purchase' });
  const history = page.getByRole('region', { name: 'Stage history' });
  await expect(history).toContainText('Ada Lovelace');

  const people = await openSettings(page);
  await expect(people.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ada Lovelace');
  await expect(people.getByRole('radio', { name: 'Green' })).toBeChecked();
  const members = people.getByRole('list', { name: 'Members of this workspace' });
  await expect(members.getByRole('listitem')).toHaveCount(1);
  await expect(members).toContainText('Ada Lovelace');
  await expect(members).toContainText('You');
  await expectAccessible(page, 'section[aria-labelledby="people-title"]');

  // A rename shows in what was written before it, not only in what comes after.
  await people.getByRole('textbox', { name: 'Your name' }).fill('Ada King');
  await people.getByRole('textbox', { name: 'Your name' }).blur();
  await expect(members).toContainText('Ada King');
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Globex' }).click();
  await expect(page.getByRole('region', { name: 'Stage history' })).toContainText('Ada King');
  await expect(page.getByRole('region', { name: 'Stage history' })).not.toContainText('Ada Lovelace');

  // Kept across a reload: the device remembers who it is.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Stage history' })).toContainText('Ada King');
  expect(errors).toEqual([]);
});

test('two people through a relay: each is named on the other’s screen, and a rename reaches the other device', async ({ browser }) => {
  const code = inviteCode(relay.url, 'people-ws', 'people-secret', 'Key accounts');
  const alice = await joinAs(browser, 'Alice', 'Pink', code);
  const bob = await joinAs(browser, 'Bob', 'Teal', code);
  await expect(alice.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });

  await createCustomer(alice, 'Initech', 'Initech');
  await alice.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'First purchase' });
  const aliceEditor = await notebook(alice);
  await aliceEditor.click();
  await alice.keyboard.type('Alice writes. ');

  await bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Initech' }).click({ timeout: 15_000 });
  // Alice's stage move, by name on Bob's screen.
  await expect(bob.getByRole('region', { name: 'Stage history' })).toContainText('Alice', { timeout: 10_000 });
  // Alice is in the notebook's presence and her cursor is labelled with her name.
  await expect(bob.getByRole('group', { name: 'People in this notebook' }).getByRole('img', { name: 'Alice' })).toBeVisible({ timeout: 10_000 });
  await aliceEditor.click();
  await expect(cursorLabel(bob, 'Alice')).toBeVisible();

  const bobMembers = (await openSettings(bob)).getByRole('list', { name: 'Members of this workspace' });
  await expect(bobMembers).toContainText('Alice');
  await expect(bobMembers).toContainText('Bob');

  // Alice renames herself: Bob's members list and Alice's stage move show the new name.
  const alicePeople = await openSettings(alice);
  await alicePeople.getByRole('textbox', { name: 'Your name' }).fill('Alice Smith');
  await alicePeople.getByRole('textbox', { name: 'Your name' }).blur();
  await expect(bobMembers).toContainText('Alice Smith', { timeout: 10_000 });
  await bob.getByRole('link', { name: 'Customers', exact: true }).click();
  await bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Initech' }).click();
  await expect(bob.getByRole('region', { name: 'Stage history' })).toContainText('Alice Smith', { timeout: 10_000 });
});

test('follow-ups carry the work: edit, snooze, Done with Undo, assign to a teammate who sees it under Mine', async ({ browser }) => {
  const code = inviteCode(relay.url, 'tasks-ws', 'tasks-secret', 'Tasks');
  const alice = await joinAs(browser, 'Alice', 'Pink', code);
  const bob = await joinAs(browser, 'Bob', 'Teal', code);
  await expect(bob.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });
  // Alice sees Bob among the members before she assigns to him.
  await openSettings(alice);
  await expect(alice.getByRole('list', { name: 'Members of this workspace' })).toContainText('Bob', { timeout: 10_000 });

  await createCustomer(alice, 'Umbrella', 'Umbrella Corp');
  const form = alice.getByRole('form', { name: 'New follow-up' });
  await form.getByRole('textbox', { name: 'Follow-up' }).fill('Send the renewal quote');
  await form.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Bob' });
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByRole('textbox', { name: 'Follow-up' }).fill('Call about the invoice');
  await form.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Alice' });
  await form.getByRole('button', { name: 'Add' }).click();
  const panel = alice.getByRole('region', { name: 'Follow-ups' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Send the renewal quote' })).toContainText('Bob');

  // Edit in place: text and assignee; Escape leaves it as it was.
  await panel.getByRole('button', { name: 'Edit follow-up: Call about the invoice' }).click();
  const edit = alice.getByRole('form', { name: 'Edit follow-up: Call about the invoice' });
  await edit.getByRole('textbox', { name: 'Follow-up' }).fill('Call about the March invoice');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toContainText('Call about the March invoice');
  // Focus is not lost: it comes back to the row's Edit button.
  await expect(panel.getByRole('button', { name: 'Edit follow-up: Call about the March invoice' })).toBeFocused();

  // Snooze to tomorrow, then Undo puts today back.
  const row = panel.getByRole('listitem').filter({ hasText: 'Call about the March invoice' });
  await expect(row).toContainText('today');
  await row.getByRole('group', { name: /Snooze/ }).getByRole('button', { name: 'Tomorrow' }).click();
  await expect(row).not.toContainText('today');
  await alice.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('today');

  // Done, then Undo.
  await row.getByRole('checkbox', { name: 'Done: Call about the March invoice' }).click();
  await expect(panel.getByText('Call about the March invoice')).toHaveCount(0);
  await alice.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Done: Call about the March invoice' })).not.toBeChecked();

  // Bob: under Mine, what is assigned to him and nothing of Alice's; under Everyone, his first.
  await bob.getByRole('link', { name: 'Today', exact: true }).click();
  const due = bob.getByRole('region', { name: 'Follow-ups due' });
  await expect(due).toContainText('Send the renewal quote', { timeout: 15_000 });
  await expect(due.getByRole('listitem').first()).toContainText('Send the renewal quote');
  await bob.getByRole('radio', { name: 'Mine' }).check();
  await expect(due).toContainText('Send the renewal quote');
  await expect(due).not.toContainText('Call about the March invoice');
  await bob.getByRole('radio', { name: 'Everyone' }).check();
  await expect(due).toContainText('Call about the March invoice');
  await expectAccessible(bob, '.today-view');
});
