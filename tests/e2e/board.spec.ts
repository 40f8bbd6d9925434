import { test, expect } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';

test('drag a card between board columns by mouse and by keyboard, and see the stage history', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Engines');
  await createCustomer(page, 'Charles Babbage', 'Engines');
  await page.getByRole('link', { name: 'Board', exact: true }).click();

  const prospect = page.getByRole('region', { name: 'Prospect' });
  const firstPurchase = page.getByRole('region', { name: 'First purchase' });
  const repeat = page.getByRole('region', { name: 'Repeat customer' });
  await expect(prospect.getByRole('article')).toHaveCount(2);

  // Mouse: press on the card, move in steps to the next column, release.
  const card = prospect.getByRole('article', { name: 'Ada Lovelace' });
  const from = (await card.boundingBox())!;
  const to = (await firstPurchase.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / 10, from.y + 40, { steps: 2 });
  await page.mouse.up();
  await expect(firstPurchase.getByRole('article', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(firstPurchase.getByRole('heading', { name: 'First purchase' })).toBeVisible();
  await expect(firstPurchase).toContainText('1 ·');

  // Keyboard: focus the card, pick it up, two columns right, drop.
  await prospect.getByRole('article', { name: 'Charles Babbage' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(repeat.getByRole('article', { name: 'Charles Babbage' })).toBeVisible();
  await expect(prospect.getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Moved Charles Babbage to Repeat customer.' })).toBeAttached();
  // The keyboard stays on the card; Escape puts a picked-up card back.
  await expect(repeat.getByRole('article', { name: 'Charles Babbage' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(repeat.getByRole('article', { name: 'Charles Babbage' })).toBeVisible();

  // Every move is in the stage history, with who and when.
  await repeat.getByRole('link', { name: 'Charles Babbage' }).click();
  const history = page.getByRole('region', { name: 'Stage history' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Repeat customer');
  await expect(history.first()).toContainText('Me');
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('repeat');
});

test('a follow-up due today appears in Today and leaves when done', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Katherine Johnson', 'NASA');
  const form = page.getByRole('form', { name: 'New follow-up' });
  await form.getByRole('textbox', { name: 'Follow-up' }).fill('Send trajectory numbers');
  await form.getByRole('button', { name: 'Add' }).click();

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const due = page.getByRole('region', { name: 'Follow-ups due' });
  await expect(due.getByText('Send trajectory numbers')).toBeVisible();
  await due.getByRole('checkbox', { name: 'Done: Send trajectory numbers (Katherine Johnson)' }).click();
  await expect(due.getByText('Send trajectory numbers')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Follow-ups due' })).toContainText('Nothing due today');
});
