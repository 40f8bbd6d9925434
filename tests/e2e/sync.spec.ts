import { test, expect, type Browser, type Page } from '@playwright/test';
import { createCustomer, cursorLabel, notebook, profileField } from './support';
import { inviteCode, startRelay, type TestRelay } from './relay';

const PORT = 47455;
let relay: TestRelay;

test.beforeAll(async () => {
  relay = await startRelay(PORT, 'team-ws:team-secret,other-ws:other-secret');
});
test.afterAll(async () => {
  await relay?.stop();
});

async function join(browser: Browser, name: string, code: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('textbox', { name: /join a teammate/i }).fill(code);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  return page;
}

test('two people co-edit one notebook live and see each other’s cursor', async ({ browser }) => {
  const code = inviteCode(relay.url, 'team-ws', 'team-secret', 'Key accounts');
  const alice = await join(browser, 'Alice', code);
  const bob = await join(browser, 'Bob', code);
  await expect(alice.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });

  await createCustomer(alice, 'Globex', 'Globex Corp');
  const bobList = bob.getByRole('region', { name: 'Customers' });
  await bobList.getByRole('link', { name: 'Globex' }).click({ timeout: 15_000 });

  const aliceEditor = await notebook(alice);
  await aliceEditor.click();
  await alice.keyboard.type('Alice was here. ');
  const bobEditor = await notebook(bob);
  await expect(bobEditor).toContainText('Alice was here.', { timeout: 10_000 });
  await bobEditor.click();
  await bob.keyboard.press('End');
  await bob.keyboard.type('Bob too.');
  await expect(aliceEditor).toContainText('Alice was here. Bob too.', { timeout: 10_000 });

  // Bob's cursor, with his name, shows in Alice's notebook; Bob is in the notebook's presence.
  await expect(cursorLabel(alice, 'Bob')).toBeVisible({ timeout: 10_000 });
  await expect(alice.getByRole('group', { name: 'People in this notebook' }).getByRole('img', { name: 'Bob' })).toBeVisible();
  await expect(alice.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });
});

test('a notebook whose link was hovered first (prefetched) still syncs live both ways', async ({ browser }) => {
  const code = inviteCode(relay.url, 'team-ws', 'team-secret');
  const alice = await join(browser, 'Alice', code);
  const bob = await join(browser, 'Bob', code);
  await createCustomer(alice, 'Vandelay', 'Vandelay');
  const link = bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Vandelay' });
  await link.hover({ timeout: 15_000 });
  // The hover loads the doc in the background; the page opens once that has finished.
  await bob.waitForTimeout(1000);
  await link.click();
  const bobEditor = await notebook(bob);
  await bobEditor.click();
  await bob.keyboard.type('Bob after a hover.');
  const aliceEditor = await notebook(alice);
  await expect(aliceEditor).toContainText('Bob after a hover.', { timeout: 10_000 });
  await aliceEditor.click();
  await alice.keyboard.press('End');
  await alice.keyboard.type(' Alice replies.');
  await expect(bobEditor).toContainText('Bob after a hover. Alice replies.', { timeout: 10_000 });
});

test('offline edits on both sides merge on reconnect', async ({ browser }) => {
  const code = inviteCode(relay.url, 'team-ws', 'team-secret');
  const alice = await join(browser, 'Alice', code);
  const bob = await join(browser, 'Bob', code);
  await createCustomer(alice, 'Initech', 'Initech');
  await bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Initech' }).click({ timeout: 15_000 });
  const bobEditor = await notebook(bob);
  const aliceEditor = await notebook(alice);

  await bob.context().setOffline(true);
  await expect(bob.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible({ timeout: 10_000 });
  await bobEditor.click();
  await bob.keyboard.type('Written offline by Bob.');
  await aliceEditor.click();
  await alice.keyboard.type('Written online by Alice. ');
  await bob.waitForTimeout(500);
  await expect(bobEditor).not.toContainText('Alice');

  await bob.context().setOffline(false);
  await expect(bobEditor).toContainText('Written online by Alice.', { timeout: 20_000 });
  await expect(bobEditor).toContainText('Written offline by Bob.');
  await expect(aliceEditor).toContainText('Written offline by Bob.', { timeout: 20_000 });
  await expect(bob.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 20_000 });
});

test('a wrong token shows the error in the status element', async ({ browser }) => {
  const page = await join(browser, 'Mallory', inviteCode(relay.url, 'team-ws', 'wrong-token'));
  await expect(page.getByRole('status').filter({ hasText: /token|unauthori[sz]ed|refused/i })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status')).not.toHaveText('Synced');
});

test('concurrent edits of one profile field keep one value and the other in its history', async ({ browser }) => {
  const code = inviteCode(relay.url, 'team-ws', 'team-secret');
  const alice = await join(browser, 'Alice', code);
  const bob = await join(browser, 'Bob', code);
  await createCustomer(alice, 'Umbrella', 'Umbrella Corp');
  await bob.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Umbrella' }).click({ timeout: 15_000 });
  // Likes starts empty, so each reveals it under "Add field".
  await profileField(bob, 'Likes');
  await profileField(alice, 'Likes');

  await alice.context().setOffline(true);
  await bob.context().setOffline(true);
  await alice.getByRole('textbox', { name: 'Likes', exact: true }).fill('Tennis');
  await alice.getByRole('textbox', { name: 'Likes', exact: true }).blur();
  await bob.getByRole('textbox', { name: 'Likes', exact: true }).fill('Chess');
  await bob.getByRole('textbox', { name: 'Likes', exact: true }).blur();
  await alice.context().setOffline(false);
  await bob.context().setOffline(false);

  // Both devices settle on the same value...
  await expect(async () => {
    const a = await alice.getByRole('textbox', { name: 'Likes', exact: true }).inputValue();
    const b = await bob.getByRole('textbox', { name: 'Likes', exact: true }).inputValue();
    expect(a).toBe(b);
    expect(['Tennis', 'Chess']).toContain(a);
  }).toPass({ timeout: 20_000 });
  // ...and the other value is in the field's history on both.
  for (const page of [alice, bob]) {
    await page.getByRole('button', { name: 'History of Likes' }).click();
    const history = page.locator('.field-history').filter({ hasText: 'Tennis' });
    await expect(history).toContainText('Chess');
    await expect(history.getByRole('button', { name: 'Use this' })).toHaveCount(1);
  }
});

test('a fresh device gets the whole workspace, notebooks included, over the catch-up channel', async ({ browser }) => {
  const code = inviteCode(relay.url, 'other-ws', 'other-secret', 'Regional');
  const alice = await join(browser, 'Alice', code);
  for (const name of ['Acme', 'Hooli', 'Pied Piper']) {
    await createCustomer(alice, name, `${name} Inc`);
    const editor = await notebook(alice);
    await editor.click();
    await alice.keyboard.type(`Notes about ${name}`);
  }
  await expect(alice.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 15_000 });

  const carol = await join(browser, 'Carol', code);
  const list = carol.getByRole('region', { name: 'Customers' });
  await expect(list.getByRole('link')).toHaveText(['Acme', 'Hooli', 'Pied Piper'], { timeout: 15_000 });
  await list.getByRole('link', { name: 'Hooli' }).click();
  await expect(await notebook(carol)).toContainText('Notes about Hooli', { timeout: 15_000 });
  // Other workspaces stay apart: nothing from team-ws arrived here.
  await expect(list.getByRole('link', { name: 'Globex' })).toHaveCount(0);
});
