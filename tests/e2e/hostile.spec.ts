import { test, expect, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { profileField, startEmptyWorkspace, trackErrors } from './support';

/** Writes raw records into the open workspace's IndexedDB, as another version or a hostile peer could have. */
async function inject(page: Page, records: { doc: string; update: number[]; asSnapshot: boolean }[]): Promise<void> {
  await page.evaluate(async (records) => {
    const request = (r: IDBRequest) => new Promise<unknown>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const meta = (await request(indexedDB.open('rapport-meta'))) as IDBDatabase;
    const id = (await request(meta.transaction('settings').objectStore('settings').get('lastWorkspace'))) as string;
    meta.close();
    const db = (await request(indexedDB.open(`rapport-ws-${id}`))) as IDBDatabase;
    const tx = db.transaction(['snapshots', 'updates'], 'readwrite');
    for (const r of records) {
      const bytes = new Uint8Array(r.update);
      if (r.asSnapshot) tx.objectStore('snapshots').put({ doc: r.doc, state: bytes, updatedAt: Date.now() });
      else tx.objectStore('updates').add({ doc: r.doc, update: bytes });
    }
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
    db.close();
  }, records);
}

/** Reads back every stored record of one doc, merged. */
async function readStored(page: Page, docName: string): Promise<Uint8Array> {
  const parts = await page.evaluate(async (docName) => {
    const request = (r: IDBRequest) => new Promise<unknown>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const meta = (await request(indexedDB.open('rapport-meta'))) as IDBDatabase;
    const id = (await request(meta.transaction('settings').objectStore('settings').get('lastWorkspace'))) as string;
    meta.close();
    const db = (await request(indexedDB.open(`rapport-ws-${id}`))) as IDBDatabase;
    const tx = db.transaction(['snapshots', 'updates']);
    const snapshot = (await request(tx.objectStore('snapshots').get(docName))) as { state: Uint8Array } | undefined;
    const updates = (await request(tx.objectStore('updates').index('byDoc').getAll(docName))) as { update: Uint8Array }[];
    db.close();
    return [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.update)].map((b) => Array.from(b));
  }, docName);
  return Y.mergeUpdates(parts.map((p) => new Uint8Array(p)));
}

test('a customer with wrong types and unknown fields opens, shows what is invalid, and loses nothing', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);

  const workspace = new Y.Doc();
  workspace.getMap('customers').set('hostile1', { name: 'Mallory Hostile', company: 'Evil Corp', owner: 'peer', createdAt: 1_700_000_000_000, tags: 'not-a-list', futureField: { nested: true } });
  workspace.getArray('stageMoves').push([
    { customerId: 'hostile1', stage: 'prospect', at: 1_700_000_000_000, by: 'peer' },
    { customerId: 'hostile1', stage: 'galaxy-brain', at: 1_700_000_100_000, by: 'peer' },
  ]);
  const customer = new Y.Doc();
  const profile = customer.getMap('profile');
  profile.set('emails', 'mallory@evil.example');
  profile.set('likes', 42);
  profile.set('preferences', 'Plain old text');
  profile.set('shoeSize', 44);
  await inject(page, [
    { doc: 'workspace', update: Array.from(Y.encodeStateAsUpdate(workspace)), asSnapshot: false },
    { doc: 'c:hostile1', update: Array.from(Y.encodeStateAsUpdate(customer)), asSnapshot: true },
  ]);

  await page.reload();
  const list = page.getByRole('region', { name: 'Customers' });
  await list.getByRole('link', { name: 'Mallory Hostile' }).click();

  const cardNote = page.getByRole('note', { name: 'Invalid card fields' });
  await expect(cardNote).toContainText('tags');
  await expect(cardNote).toContainText('galaxy-brain');
  const profileNote = page.getByRole('note', { name: 'Invalid profile fields' });
  await expect(profileNote).toContainText('emails');
  await expect(profileNote).toContainText('likes');
  await expect(page.getByRole('textbox', { name: 'Likes', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Preferences', exact: true })).toHaveValue('Plain old text');
  await expect(page.getByText('Fields from a newer version (1)')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notebook' })).toBeVisible();

  // An edit elsewhere keeps every hostile and unknown value as it was.
  await (await profileField(page, 'Dislikes')).fill('Being parsed');
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Loyalist' });
  await page.getByRole('textbox', { name: 'Company name' }).fill('Evil Corp International');
  await page.getByRole('textbox', { name: 'Company name' }).blur();
  await page.waitForTimeout(300);

  const storedCustomer = new Y.Doc();
  Y.applyUpdate(storedCustomer, await readStored(page, 'c:hostile1'));
  const stored = storedCustomer.getMap('profile').toJSON();
  expect(stored).toMatchObject({ emails: 'mallory@evil.example', likes: 42, shoeSize: 44, preferences: 'Plain old text', dislikes: 'Being parsed' });

  const storedWorkspace = new Y.Doc();
  Y.applyUpdate(storedWorkspace, await readStored(page, 'workspace'));
  expect(storedWorkspace.getMap('customers').get('hostile1')).toMatchObject({ tags: 'not-a-list', futureField: { nested: true }, company: 'Evil Corp International' });
  expect(storedWorkspace.getArray('stageMoves').toJSON()).toEqual(expect.arrayContaining([expect.objectContaining({ stage: 'galaxy-brain' }), expect.objectContaining({ stage: 'loyalist' })]));
  expect(errors).toEqual([]);
});
