import { test, expect, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { createCustomer, startEmptyWorkspace } from './support';

/** Mid-drag, the dragged card's copy (DragOverlay) is drawn under the pointer. */
async function expectOverlayUnderPointer(page: Page, x: number, y: number) {
  const overlay = page.locator('.board-card-overlay');
  await expect(overlay).toBeVisible();
  const box = (await overlay.boundingBox())!;
  expect(x, 'pointer x inside the dragged copy').toBeGreaterThanOrEqual(box.x);
  expect(x).toBeLessThanOrEqual(box.x + box.width);
  expect(y, 'pointer y inside the dragged copy').toBeGreaterThanOrEqual(box.y);
  expect(y).toBeLessThanOrEqual(box.y + box.height);
}

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
  let x = 0;
  for (let i = 1; i <= 10; i++) {
    x = from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / 10;
    await page.mouse.move(x, from.y + 40, { steps: 2 });
    if (i === 5) await expectOverlayUnderPointer(page, x, from.y + 40);
  }
  // Over the target: the copy is still under the pointer, the card still in its column as a placeholder.
  await expectOverlayUnderPointer(page, x, from.y + 40);
  await expect(prospect.getByRole('article', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(firstPurchase).toHaveClass(/\bover\b/);
  await page.mouse.up();
  await expect(page.locator('.board-card-overlay')).toHaveCount(0);
  await expect(firstPurchase.getByRole('article', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(firstPurchase.getByRole('heading', { name: 'First purchase' })).toBeVisible();
  await expect(firstPurchase).toContainText('1 ·');

  await expect(prospect.getByRole('article', { name: 'Ada Lovelace' })).toHaveCount(0);

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

const STAGE_NAMES = ['Prospect', 'First purchase', 'Repeat customer', 'Loyalist', 'Advocate', 'At risk', 'Lost'];

async function openSampleBoard(page: Page) {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('region', { name: 'Customers' }).getByRole('link').first()).toBeVisible();
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  for (const name of STAGE_NAMES) await expect(page.getByRole('region', { name, exact: true }).getByRole('article').first()).toBeAttached();
}

const heading = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).getByRole('heading', { name, exact: true });

test('at 1024 px every stage column is reached by pointer and by keyboard, its header in view', async ({ page }) => {
  await openSampleBoard(page);
  const board = page.locator('.board');
  // Seven columns do not fit: Lost starts off to the right, and nothing but the board scrolls sideways.
  await expect(heading(page, 'Lost')).not.toBeInViewport();
  expect(await page.locator('main.content').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  // Pointer: the wheel over the board scrolls it sideways, one notch at a time, until each header is wholly in view.
  const prospectBox = (await page.getByRole('region', { name: 'Prospect' }).boundingBox())!;
  await page.mouse.move(prospectBox.x + prospectBox.width / 2, prospectBox.y + 30);
  for (const name of STAGE_NAMES) {
    for (let notch = 0; notch < 12 && !(await heading(page, name).evaluate(wholeInBoard)); notch++) {
      const before = await board.evaluate((el) => el.scrollLeft);
      await page.mouse.wheel(200, 0);
      await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    }
    await expect(heading(page, name), `${name} by pointer`).toBeInViewport({ ratio: 1 });
  }
  // The Scroll board left button takes it back (without the smooth scroll, so each click lands before the next).
  await expect(page.getByRole('button', { name: 'Scroll board right' })).toBeDisabled();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const scrollLeft = page.getByRole('button', { name: 'Scroll board left' });
  for (let i = 0; i < 6 && (await scrollLeft.isEnabled()); i++) await scrollLeft.click();
  await expect(scrollLeft).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Scroll board right' })).toBeEnabled();
  await expect(heading(page, 'Prospect')).toBeInViewport({ ratio: 1 });
  await expect(heading(page, 'Lost')).not.toBeInViewport();

  // A long column scrolls under its header: the header stays in view.
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const list = prospect.locator('.board-cards');
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  const firstCard = prospect.getByRole('article').first();
  await list.hover();
  await page.mouse.wheel(0, 5000);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(firstCard).not.toBeInViewport();
  await expect(prospect.getByRole('article').last()).toBeInViewport();
  await expect(heading(page, 'Prospect')).toBeInViewport({ ratio: 1 });

  // Keyboard: arrows go from column to column, each coming into view with its header.
  await list.evaluate((el) => (el.scrollTop = 0));
  await firstCard.focus();
  for (const name of STAGE_NAMES.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('region', { name, exact: true }).getByRole('article').first(), name).toBeFocused();
    await expect(heading(page, name), `${name} by keyboard`).toBeInViewport({ ratio: 1 });
  }
  await expect(heading(page, 'Prospect')).not.toBeInViewport();
  // Up and down within a column; the focused card is scrolled into view.
  const lost = page.getByRole('region', { name: 'Lost' });
  await page.keyboard.press('End');
  await expect(lost.getByRole('article').last()).toBeFocused();
  await expect(lost.getByRole('article').last()).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(lost.getByRole('article').first()).toBeFocused();

  // Tab goes card by card too, and brings each column into view.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await expect(firstCard).toBeFocused();
  await expect(heading(page, 'Lost')).not.toBeInViewport();
  for (let i = 0; i < 300 && !(await lost.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
  await expect(lost.getByRole('article').first()).toBeFocused();
  await expect(heading(page, 'Lost')).toBeInViewport({ ratio: 1 });
});

/** The element lies wholly inside the board's visible width. */
function wholeInBoard(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const board = el.closest('.board')!.getBoundingClientRect();
  return box.left >= board.left && box.right <= board.right;
}

test('a card carried by keyboard to Lost brings Lost into view, and the board passes axe while carrying', async ({ page }) => {
  test.slow(); // axe over a full board, twice, on a shared 2-core machine
  await openSampleBoard(page);
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const card = prospect.getByRole('article').first();
  const name = (await card.getAttribute('aria-label'))!;
  await card.focus();
  await page.keyboard.press('Space');
  await expect(card).toHaveClass(/\bcarried\b/);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const lost = page.getByRole('region', { name: 'Lost' });
  await expect(lost).toHaveClass(/\bover\b/);
  await expect(heading(page, 'Lost')).toBeInViewport({ ratio: 1 });
  await expect(lost.getByText(`Drop ${name} in Lost`)).toBeVisible();
  // Up and Down keep the carry.
  await page.keyboard.press('ArrowDown');
  await expect(card).toBeFocused();
  await expect(lost).toHaveClass(/\bover\b/);
  await expectAccessible(page, '.board-view');
  // Dropped on Lost: a reason is asked first, and Cancel leaves the card where it was, focused.
  await page.keyboard.press('Space');
  const reason = page.getByRole('dialog', { name: `Move ${name} to Lost` });
  await expect(reason.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await reason.getByRole('button', { name: 'Cancel' }).click();
  await expect(reason).toHaveCount(0);
  await expect(prospect.getByRole('article', { name, exact: true })).toBeFocused();
  await expect(lost.getByRole('article', { name, exact: true })).toHaveCount(0);
  await page.keyboard.press('Space');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await reason.getByRole('textbox', { name: 'Reason' }).fill('Chose a competitor');
  await reason.getByRole('button', { name: 'Move to Lost' }).click();
  await expect(lost.getByRole('article', { name, exact: true })).toBeFocused();
  await expect(lost.getByRole('article', { name, exact: true })).toBeInViewport();
});

test('the board passes axe in light and dark; Enter on a card opens the customer', async ({ page }) => {
  test.slow(); // axe over a full board, twice, on a shared 2-core machine
  await openSampleBoard(page);
  await expectAccessible(page, '.board-view');
  const card = page.getByRole('region', { name: 'Loyalist' }).getByRole('article').first();
  const name = (await card.getAttribute('aria-label'))!;
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
});

test('one Tab stop per card: the link inside a card is not a stop of its own', async ({ page }) => {
  await startEmptyWorkspace(page);
  for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) await createCustomer(page, name, 'Engines');
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  const cards = page.getByRole('region', { name: 'Prospect' }).getByRole('article');
  await expect(cards).toHaveCount(3);
  await cards.first().focus();
  const stops: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => (document.activeElement?.closest('.board') ? `${document.activeElement.tagName} ${document.activeElement.getAttribute('aria-label')}` : 'outside')));
  }
  const names = await cards.evaluateAll((els) => els.map((el) => `ARTICLE ${el.getAttribute('aria-label')}`));
  // Card, card, then out of the board: no stop on any link, badge or column in between.
  expect(stops).toEqual([names[1], names[2], 'outside']);
});

test('a card with very long names keeps its layout inside its column', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await startEmptyWorkspace(page);
  const long = 'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
  await createCustomer(page, long, 'Internationale Donaudampfschifffahrtsgesellschaftskapitänswitwenvereinigung und Partner GmbH');
  await createCustomer(page, 'Ada', 'Engines');
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const card = prospect.getByRole('article', { name: long });
  const short = prospect.getByRole('article', { name: 'Ada' });
  await expect(card).toBeVisible();
  const column = (await prospect.boundingBox())!;
  const box = (await card.boundingBox())!;
  // The column as wide as the others, the card as wide as a short one, inside the column, nothing spilling out of it.
  expect(column.width).toBeCloseTo((await page.getByRole('region', { name: 'First purchase' }).boundingBox())!.width, 0);
  expect(box.width).toBeCloseTo((await short.boundingBox())!.width, 0);
  expect(box.x).toBeGreaterThanOrEqual(column.x);
  expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
  // Every line of text (measured on the text itself, which can spill out of a box that stays put) inside the card.
  const spill = await card.evaluate((el) => {
    const inner = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()].filter((r) => r.width > 0 && (r.left < inner.left - 0.5 || r.right > inner.right + 0.5)).length;
  });
  expect(spill, 'lines of text outside the card').toBe(0);
  for (const part of [card.getByRole('link', { name: long }), card.getByText('Internationale'), card.locator('.tier')]) {
    const b = (await part.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
  }
  // The name wraps beside the tier badge, which keeps its place at the top right.
  const name = (await card.getByRole('link', { name: long }).boundingBox())!;
  const tier = (await card.locator('.tier').boundingBox())!;
  expect(name.height).toBeGreaterThan(tier.height * 2);
  expect(tier.x).toBeGreaterThanOrEqual(name.x + name.width);
  expect(Math.abs(tier.y - name.y)).toBeLessThan(tier.height);
});

test('idle flags follow the stage rules, edited in Settings -> Relationship rules', async ({ page }) => {
  await openSampleBoard(page);
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const idleFlags = (region: typeof prospect) => region.getByRole('article').getByText('Idle', { exact: true });
  // The sample's prospects have waited for months: flagged. Lost is never flagged.
  await expect(idleFlags(prospect).first()).toBeVisible();
  await expect(prospect.locator('.board-column-head')).toContainText('idle');
  await expect(idleFlags(page.getByRole('region', { name: 'Lost' }))).toHaveCount(0);
  await expect(idleFlags(prospect).first()).toHaveAttribute('title', /^Idle: \d+ days in Prospect \(flagged after 14 days\)$/);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Idle after (days): Prospect' }).fill('1000');
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await expect(prospect.getByRole('article').first()).toBeVisible();
  await expect(idleFlags(prospect)).toHaveCount(0);
  await expect(prospect.locator('.board-column-head')).not.toContainText('idle');
});

test('at 1024 px a card dragged to the board edge scrolls the board and drops into Lost', async ({ page }) => {
  await openSampleBoard(page);
  const prospect = page.getByRole('region', { name: 'Prospect' });
  const lost = page.getByRole('region', { name: 'Lost' });
  const card = prospect.getByRole('article').first();
  const name = (await card.getAttribute('aria-label'))!;
  const from = (await card.boundingBox())!;
  const board = (await page.locator('.board').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + 40, { steps: 3 });
  // Held near the right edge, the board scrolls until Lost is in view.
  const edge = { x: board.x + board.width - 8, y: from.y + 40 };
  for (let i = 0; i < 100 && !(await heading(page, 'Lost').evaluate(wholeInBoard)); i++) {
    await page.mouse.move(edge.x - (i % 2), edge.y);
    await page.waitForTimeout(50);
  }
  await expect(heading(page, 'Lost')).toBeInViewport({ ratio: 1 });
  await expectOverlayUnderPointer(page, edge.x - 1, edge.y);
  const target = (await lost.boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 5 });
  await expect(lost).toHaveClass(/\bover\b/);
  await page.mouse.up();
  await page.getByRole('dialog', { name: `Move ${name} to Lost` }).getByRole('button', { name: 'Move to Lost' }).click();
  await expect(lost.getByRole('article', { name, exact: true })).toBeVisible();
  await expect(prospect.getByRole('article', { name, exact: true })).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a swipe across the cards scrolls the board sideways; a long press picks a card up and drags it', async ({ page, context }) => {
    await openSampleBoard(page);
    const board = page.locator('.board');
    const prospect = page.getByRole('region', { name: 'Prospect' });
    const card = prospect.getByRole('article').first();
    const name = (await card.getAttribute('aria-label'))!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });

    // A swipe to the left over a card pans the board (no drag starts).
    const box = (await prospect.getByRole('article').nth(1).boundingBox())!;
    const y = box.y + box.height / 2;
    await touch('touchStart', box.x + box.width - 10, y);
    for (let i = 1; i <= 8; i++) await touch('touchMove', box.x + box.width - 10 - 40 * i, y);
    await touch('touchEnd');
    await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await expect(page.locator('.board-card-overlay')).toHaveCount(0);
    // The swipe may still be flinging: wait until the board is at rest before putting it back.
    await expect.poll(() => board.evaluate((el) => new Promise<boolean>((done) => {
      const before = el.scrollLeft;
      setTimeout(() => done(el.scrollLeft === before), 200);
    }))).toBe(true);

    // A long press, then a move: the card is dragged to the next column.
    await board.evaluate((el) => (el.scrollLeft = 0));
    await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBe(0);
    const from = (await card.boundingBox())!;
    const to = (await page.getByRole('region', { name: 'First purchase' }).boundingBox())!;
    await touch('touchStart', from.x + from.width / 2, from.y + from.height - 6);
    // The press is held until the drag starts (the sensor's 250 ms delay, however long a loaded machine takes).
    await expect(page.locator('.board-card-overlay')).toBeVisible();
    for (let i = 1; i <= 8; i++) await touch('touchMove', from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / 8, from.y + 40);
    await touch('touchEnd');
    await expect(page.getByRole('region', { name: 'First purchase' }).getByRole('article', { name, exact: true })).toBeVisible();
  });
});
