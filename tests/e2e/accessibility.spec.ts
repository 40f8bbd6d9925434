import { test, expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { expectAccessible } from './a11y';
import { inviteCode } from './relay';
import { createCustomer } from './support';

/*
 * Issue 15, part 6. axe-core (serious and critical, light and dark) on every
 * view and every dialog of a workspace holding the sample; focus on the page
 * heading after every kind of navigation and back on the trigger when a
 * dialog closes (Escape, Cancel, Save/Done); one Tab stop per list row.
 */

async function openSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(customerLinks(page).first()).toBeVisible();
}

const customerLinks = (page: Page) => page.getByRole('region', { name: 'Customers' }).getByRole('link');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Goes to a view from the sidebar and checks focus landed on its heading (not on the link clicked). */
async function visit(page: Page, link: string, title = link): Promise<void> {
  await navLink(page, link).click();
  await expect(heading(page, title)).toBeVisible();
  await expect(heading(page, title)).toBeFocused();
}

/** The sample's first customer: its name, and its page opened from the list. */
async function openFirstCustomer(page: Page): Promise<string> {
  await visit(page, 'Customers');
  const link = customerLinks(page).first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('textbox', { name: 'Notebook' })).toBeVisible();
  return name;
}

/** Opens a dialog from its trigger (which is focused first, as a keyboard user's would be). */
async function openFrom(trigger: Locator, dialog: Locator): Promise<void> {
  await trigger.focus();
  await trigger.press('Enter');
  await expect(dialog).toBeVisible();
}

function smallCsv(path: string): string {
  // One new customer and one row whose email cannot be read: the preview shows the problems table.
  writeFileSync(path, 'Name,Company,Email,Phone\r\nZelda Quist,Quist Ltd,zelda@quist.example,+44 20 7946 0000\r\nOtto Brink,Brink BV,not-an-email,\r\n');
  return path;
}

test.describe('views', () => {
  test('the first-run screen passes axe in light and dark', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
    await expectAccessible(page);
  });

  test('Customers, Today and Insights pass axe; each shows with focus on its heading', async ({ page }) => {
    test.slow(); // axe twice on each of three full views
    await openSample(page);
    await expectAccessible(page);
    for (const view of ['Today', 'Insights', 'Customers']) {
      await visit(page, view);
      await expectAccessible(page);
    }
  });

  test('Search with results passes axe and shows with focus on its heading', async ({ page }) => {
    await openSample(page);
    const search = page.getByRole('searchbox', { name: 'Search notes' });
    await search.fill('order');
    await search.press('Enter');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible({ timeout: 20_000 });
    await expect(heading(page, 'Search')).toBeFocused();
    await expectAccessible(page);
  });

  test('Settings with every panel, then with Advanced open, passes axe', async ({ page }) => {
    test.slow();
    await openSample(page);
    await visit(page, 'Settings');
    await expectAccessible(page);
    // Ids, the relay command line and the demo workspace generator.
    await page.locator('details.advanced > summary').click();
    await expect(page.getByText('Workspace id', { exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test('Timeline passes axe and shows with focus on its heading', async ({ page }) => {
    await openSample(page);
    await visit(page, 'Timeline');
    // The virtual feed holds only articles, a day's heading inside its first event's.
    const feed = page.getByRole('feed', { name: 'Workspace timeline' });
    await expect(feed.getByRole('article').first().getByRole('heading', { level: 2 })).toBeVisible();
    await expectAccessible(page);
  });

  test('Board passes axe and shows with focus on its heading', async ({ page }) => {
    test.slow(); // axe over the whole sample board, twice
    await openSample(page);
    await visit(page, 'Board');
    await expectAccessible(page);
  });

  test('a customer page passes axe and shows with focus on its heading', async ({ page }) => {
    await openSample(page);
    const name = await openFirstCustomer(page);
    await expect(heading(page, name)).toBeFocused();
    // The sample's notebook has a checklist: a group of checkboxes, not a list of them.
    const notebook = page.getByRole('textbox', { name: 'Notebook' });
    await expect(notebook.getByRole('group').getByRole('checkbox').first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('focus after navigation', () => {
  test('the palette, a link in a view, the address (as a deep link sets it) and back and forward each focus the new heading', async ({ page }) => {
    await openSample(page);
    await visit(page, 'Today');

    // The palette's "Go to".
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill('Insights');
    await palette.getByRole('option', { name: 'Insights', exact: true }).click();
    await expect(palette).toBeHidden();
    await expect(heading(page, 'Insights')).toBeFocused();

    // The address changed from script: what the deep link handler and the menu do (navigate()).
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await expect(heading(page, 'Settings')).toBeFocused();

    // Back and forward.
    await page.goBack();
    await expect(heading(page, 'Insights')).toBeFocused();
    await page.goBack();
    await expect(heading(page, 'Today')).toBeFocused();
    await page.goForward();
    await expect(heading(page, 'Insights')).toBeFocused();

    // A customer link inside a view, then back to the list.
    await visit(page, 'Customers');
    const link = customerLinks(page).first();
    const name = (await link.textContent())!.trim();
    await link.focus();
    await link.press('Enter');
    await expect(heading(page, name)).toBeFocused();
    await page.goBack();
    await expect(heading(page, 'Customers')).toBeFocused();
  });
});

test.describe('dialogs', () => {
  test('New customer passes axe; Escape and Cancel give focus back to its trigger, Create to the new page heading', async ({ page }) => {
    await openSample(page);
    const trigger = page.getByRole('button', { name: 'New customer' });
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await openFrom(trigger, dialog);
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    // Opened by its key (N) while the heading has focus: focus goes back there.
    await heading(page, 'Customers').focus();
    await page.keyboard.press('n');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(heading(page, 'Customers')).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Ida Focus');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(heading(page, 'Ida Focus')).toBeFocused();
  });

  test('the command palette passes axe; it gives focus back to its button and to the field where Ctrl+K was pressed', async ({ page }) => {
    await openSample(page);
    const button = page.getByRole('button', { name: 'Command palette' });
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await openFrom(button, palette);
    await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await expect(button).toBeFocused();

    const filter = page.getByRole('searchbox', { name: 'Filter customers' });
    await filter.focus();
    await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible();
    await palette.getByRole('combobox', { name: 'Command' }).fill('zzzz-nothing');
    await expect(palette.getByRole('option', { name: 'Search everything for “zzzz-nothing”' })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(filter).toBeFocused();
  });

  test('Import passes axe at each step (choose, preview with problems, result, the Undo banner); focus goes back to Import each time', async ({ page }, info) => {
    test.setTimeout(120_000);
    await openSample(page);
    const csv = smallCsv(info.outputPath('two-contacts.csv'));
    const trigger = page.getByRole('button', { name: 'Import', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Import customers' });

    await openFrom(trigger, dialog);
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    const choose = async () => {
      await openFrom(trigger, dialog);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
      await chooser.setFiles(csv);
      await expect(dialog.getByRole('list', { name: 'Import preview' })).toContainText('2 new customers');
    };
    await choose();
    await expect(dialog.getByRole('table', { name: 'Values that cannot be read' })).toContainText('not-an-email');
    await expectAccessible(page, 'dialog[open]');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await choose();
    await dialog.getByRole('button', { name: 'Confirm import' }).click();
    await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 2 new, 0 merged.', { timeout: 30_000 });
    await expectAccessible(page, 'dialog[open]');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a join link and a damaged link in a running workspace pass axe and give focus back to where it was', async ({ page }) => {
    await openSample(page);
    const search = page.getByRole('searchbox', { name: 'Search notes' });

    await search.focus();
    const code = inviteCode('ws://127.0.0.1:9/', 'a11y-ws', 'a11y-token', 'Focus team');
    await page.evaluate((invite) => (window.location.hash = `#join=${invite}`), code);
    const join = page.getByRole('dialog', { name: 'Join workspace?' });
    await expect(join).toBeVisible();
    await expectAccessible(page, 'dialog[open]');
    await join.getByRole('button', { name: 'Cancel' }).click();
    await expect(join).toBeHidden();
    await expect(search).toBeFocused();

    await page.evaluate(() => (window.location.hash = '#join=rapport-invite:not-really-an-invite'));
    const notice = page.getByRole('alertdialog', { name: 'Link not opened' });
    await expect(notice).toBeVisible();
    await expectAccessible(page, 'dialog[open]');
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toBeHidden();
    await expect(search).toBeFocused();
  });

  test('a join link on the first-run screen gives focus to its heading when closed', async ({ page }) => {
    await page.goto(`/#join=${inviteCode('ws://127.0.0.1:9/', 'a11y-ws', 'a11y-token', 'Focus team')}`);
    const join = page.getByRole('dialog', { name: 'Join workspace?' });
    await expect(join).toBeVisible();
    await expectAccessible(page, 'dialog[open]');
    await join.getByRole('button', { name: 'Cancel' }).click();
    await expect(join).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeFocused();
  });

  test('Merge customers passes axe; Escape and Cancel give focus back to Merge', async ({ page }) => {
    await openSample(page);
    await createCustomer(page, 'Nora Twin', 'Twin Co');
    await createCustomer(page, 'Nora Twin', 'Twin Co');
    await visit(page, 'Customers');
    const region = page.getByRole('region', { name: 'Possible duplicates' });
    const twins = region.getByRole('checkbox', { name: /Nora Twin/ });
    await twins.nth(0).check();
    await twins.nth(1).check();
    const trigger = region.getByRole('button', { name: 'Merge' });
    const dialog = page.getByRole('dialog', { name: 'Merge customers' });
    await openFrom(trigger, dialog);
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('Log interaction passes axe; Escape, Cancel and Save give focus back to its button', async ({ page }) => {
    await openSample(page);
    await openFirstCustomer(page);
    const trigger = page.getByRole('button', { name: 'Log interaction' });
    const dialog = page.getByRole('dialog', { name: 'Log interaction' });
    await openFrom(trigger, dialog);
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Called about focus');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('Export PDF passes axe; Escape and Close give focus back to its button', async ({ page }) => {
    await openSample(page);
    await openFirstCustomer(page);
    const trigger = page.getByRole('button', { name: 'Export PDF' });
    const dialog = page.getByRole('dialog', { name: 'Export customer story' });
    await openFrom(trigger, dialog);
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await openFrom(trigger, dialog);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });
});

test.describe('one tab stop per row', () => {
  test('the customer list: Tab moves row by row; the arrows reach Archive, and the rows below', async ({ page }) => {
    await openSample(page);
    const links = customerLinks(page);
    const names = await links.evaluateAll((all) => all.slice(0, 4).map((a) => a.textContent!.trim()));

    await links.first().focus();
    for (const name of names.slice(1)) {
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveText(name);
    }
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveText(names[2]);
    // Archive / Restore is in no Tab order: the arrows reach it.
    await expect(page.getByRole('button', { name: `Archive ${names[0]}` })).toHaveAttribute('tabindex', '-1');

    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveText(names[3]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveText(names[1]);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: `Archive ${names[1]}` })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(links.filter({ hasText: names[1] })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(`${names[1]} archived.`);
    await expectAccessible(page);

    // End reaches the last customer, far below the rows rendered at first.
    const count = Number((await page.locator('.view-header .count').textContent())!.replace(/\D/g, ''));
    await links.first().focus();
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveAttribute('data-part', 'link');
    await expect(page.locator('[data-index]:has(:focus)')).toHaveAttribute('data-index', String(count - 1));
    await page.keyboard.press('Home');
    await expect(page.locator(':focus')).toHaveText(names[0]);
  });

  test('the board: each card is one Tab stop', async ({ page }) => {
    await openSample(page);
    await visit(page, 'Board');
    const cards = page.locator('[data-card-id]');
    await expect(cards.first()).toBeVisible();
    const stops = await cards.evaluateAll((all) =>
      all.slice(0, 10).map((card) => [card, ...card.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter((el) => (el as HTMLElement).tabIndex >= 0).length),
    );
    expect(stops).toEqual(stops.map(() => 1));
  });
});
