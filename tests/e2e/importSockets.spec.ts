import { test, expect, type Page, type WebSocket } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { inviteCode, startRelay, type TestRelay } from './relay';

const PORT = 47514;
let relay: TestRelay;

test.beforeAll(async () => {
  relay = await startRelay(PORT, 'import-ws:import-secret');
});
test.afterAll(async () => {
  await relay?.stop();
});

function csv(rows: number, note: string): string {
  const lines = ['First Name,Last Name,Email,Company Name,Lifecycle Stage,Notes'];
  for (let i = 1; i <= rows; i++) lines.push(`First${i},Last${i},person${i}@example.com,Company ${i},lead,${note} ${i}`);
  return lines.join('\r\n');
}

async function importFile(page: Page, path: string, result: string) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
  await chooser.setFiles(path);
  await dialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText(result, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
}

test('merging into 40 synced customers opens no websocket per customer: at most 10 are open during the import', async ({ page }, info) => {
  test.setTimeout(180_000);
  const open = new Set<WebSocket>();
  let mostOpen = 0;
  page.on('websocket', (ws) => {
    open.add(ws);
    mostOpen = Math.max(mostOpen, open.size);
    ws.on('close', () => open.delete(ws));
  });
  await page.goto('/');
  await page.getByRole('textbox', { name: /join a teammate/i }).fill(inviteCode(relay.url, 'import-ws', 'import-secret'));
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Synced/ })).toBeVisible({ timeout: 15_000 });

  const first = info.outputPath('first.csv');
  writeFileSync(first, csv(40, 'First note'));
  await importFile(page, first, 'Imported: 40 new, 0 merged.');
  await expect(page.locator('.count')).toHaveText('40 shown');

  // The same people again with a new note each: 40 merges, written through the local store.
  const again = info.outputPath('again.csv');
  writeFileSync(again, csv(40, 'Second note'));
  mostOpen = open.size;
  await importFile(page, again, 'Imported: 0 new, 40 merged.');
  await expect(page.getByRole('status').filter({ hasText: /^Synced$/ })).toBeVisible({ timeout: 30_000 });
  expect(mostOpen).toBeLessThanOrEqual(10);

  // The merged notes reached the relay: a second device sees them.
  const other = await page.context().browser()!.newContext();
  const second = await other.newPage();
  await second.goto('/');
  await second.getByRole('textbox', { name: /join a teammate/i }).fill(inviteCode(relay.url, 'import-ws', 'import-secret'));
  await second.getByRole('button', { name: 'Join workspace' }).click();
  await second.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'First7 Last7' }).click({ timeout: 30_000 });
  await expect(second.getByRole('textbox', { name: 'Notebook' })).toContainText('Second note 7', { timeout: 30_000 });
  await other.close();
});
