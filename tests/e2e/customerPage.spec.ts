import { test, expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createCustomer, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

test.use({ locale: 'en-US', timezoneId: 'Europe/London' });

/** A calendar date `days` from today on this device, in another year (a birthday stored with the birth year). */
function localDate(days: number, year?: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return year === undefined ? iso : `${year}${iso.slice(4)}`;
}

async function logInteraction(page: Page, kind: string, summary: string, amount?: string, date?: string) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  if (date) await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(summary);
  if (amount) await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('the header shows name, company, stage, owner, tier, health and tags; the brief shows phone, role and the next dates', async ({ page }, info) => {
  await startEmptyWorkspace(page);
  // Owner, tags, phone, role and birthday have no editor of their own on a new customer: they come from a file.
  const birthday = localDate(5, 1815);
  const path = info.outputPath('ada.csv');
  writeFileSync(path, `Name,Company,Owner,Tags,Phone,Title,Birthday\r\nAda Lovelace,Analytical Engines,Karin Säljare,"vip, engines",+44 20 7946 0000,Countess,${birthday}\r\n`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import customers' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importDialog.getByRole('button', { name: 'Choose file…' }).click()]);
  await chooser.setFiles(path);
  await importDialog.getByRole('button', { name: 'Confirm import' }).click();
  await expect(importDialog.getByRole('status', { name: 'Import result' })).toHaveText('Imported: 1 new, 0 merged.', { timeout: 30_000 });
  await importDialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('region', { name: 'Customers' }).getByRole('link', { name: 'Ada Lovelace' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Ada Lovelace');
  const header = page.locator('.customer-header');
  await expect(header.getByRole('textbox', { name: 'Company name' })).toHaveValue('Analytical Engines');
  const facts = header.getByRole('list', { name: 'About this customer' });
  await expect(facts.getByRole('combobox', { name: 'Stage' })).toHaveValue('prospect');
  // An owner the file names who is not a member yet: kept as written, an option of the combobox.
  await expect(facts.getByRole('combobox', { name: 'Owner' }).locator('option:checked')).toHaveText('Karin Säljare');
  await expect(facts.getByRole('list', { name: 'Tags of this customer' }).getByRole('listitem')).toHaveText(['vip×', 'engines×']);
  await expect(facts.locator('.health')).toHaveText(/Healthy|Needs attention|At risk/);
  await expect(facts.locator('.tier')).toHaveText('Tier C');
  // A purchase counts at once: the only customer with value is in the top tier.
  await logInteraction(page, 'Purchase', 'Bought the difference engine', '5000');
  await expect(facts.locator('.tier')).toHaveText('Tier A');

  const followUp = page.getByRole('form', { name: 'New follow-up' });
  await followUp.getByRole('textbox', { name: 'Follow-up' }).fill('Send the Bernoulli notes');
  await followUp.getByLabel('Due').fill(localDate(2));
  await followUp.getByRole('button', { name: 'Add' }).click();

  const brief = page.getByRole('region', { name: 'Before the call' });
  await expect(brief.getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await expect(brief.getByRole('definition').nth(1)).toHaveText('Countess');
  const next = brief.getByRole('list', { name: 'Next dates' }).getByRole('listitem');
  // Soonest first: the follow-up in two days, then the birthday in five, dated through Intl.
  await expect(next).toHaveCount(2);
  await expect(next.nth(0)).toContainText('Follow-up: Send the Bernoulli notes');
  await expect(next.nth(0)).toContainText('in 2 days');
  await expect(next.nth(1)).toContainText('Birthday');
  await expect(next.nth(1)).toContainText('in 5 days');
  const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${localDate(5)}T00:00:00Z`));
  await expect(next.nth(1).locator(`time[datetime="${localDate(5)}"]`)).toHaveText(shown);
  await expect(brief).toContainText('Last touch: Purchase');
});

test('empty profile fields wait under Add field; choosing one reveals and focuses it, and what is filled stays', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Navy');
  const profile = page.getByRole('region', { name: 'Profile' });
  // How to reach them shows even when empty; the rest is folded.
  await expect(profile.getByRole('textbox', { name: 'Email', exact: true })).toBeVisible();
  await expect(profile.getByRole('textbox', { name: 'Phone', exact: true })).toBeVisible();
  await expect(profile.getByRole('textbox')).toHaveCount(2);

  const add = profile.getByRole('button', { name: 'Add field' });
  await add.click();
  await expect(add).toHaveAttribute('aria-expanded', 'true');
  const empty = profile.getByRole('list', { name: 'Empty fields' });
  await expect(empty.getByRole('button')).toHaveText(['Role', 'Address', 'Important dates', 'Habits', 'Preferences', 'Likes', 'Dislikes', 'Reasons for buying']);
  await expectAccessible(page, '.profile');
  // Escape folds the list back, focus on its button.
  await page.keyboard.press('Escape');
  await expect(empty).toHaveCount(0);
  await expect(add).toBeFocused();

  await add.click();
  await empty.getByRole('button', { name: 'Likes', exact: true }).click();
  const likes = profile.getByRole('textbox', { name: 'Likes', exact: true });
  await expect(likes).toBeFocused();
  await page.keyboard.type('Clear documentation');
  await likes.blur();

  // A date chosen there opens the form for one.
  await add.click();
  await empty.getByRole('button', { name: 'Important dates' }).click();
  await expect(profile.getByRole('textbox', { name: 'Date label' })).toBeFocused();
  await expectAccessible(page, '.profile');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Profile' }).getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('Clear documentation');
  await page.getByRole('region', { name: 'Profile' }).getByRole('button', { name: 'Add field' }).click();
  await expect(page.getByRole('list', { name: 'Empty fields' }).getByRole('button', { name: 'Likes', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Cleared, the field stays with its history (the earlier value one click away).
  const reloaded = page.getByRole('region', { name: 'Profile' }).getByRole('textbox', { name: 'Likes', exact: true });
  await reloaded.fill('');
  await reloaded.blur();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Profile' }).getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'History of Likes' }).click();
  await page.getByRole('button', { name: 'Use this' }).first().click();
  await expect(page.getByRole('region', { name: 'Profile' }).getByRole('textbox', { name: 'Likes', exact: true })).toHaveValue('Clear documentation');
});

test('interactions are shown once, in the timeline, edited where they stand; focus returns to what opened each dialog', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Leslie Lamport', 'Clocks');
  const log = page.getByRole('button', { name: 'Log interaction' });
  await logInteraction(page, 'Call', 'Talked about Paxos', undefined, '2026-03-02');
  await expect(log).toBeFocused();
  await logInteraction(page, 'Email', 'Sent the TLA+ slides', undefined, '2026-03-05');

  // Each summary once on the page: the timeline is the record, the brief names only the last touch.
  const timeline = page.getByRole('region', { name: 'Customer timeline' });
  await expect(timeline.locator('.event-interaction .event-text')).toHaveText(['Sent the TLA+ slides', 'Talked about Paxos']);
  await expect(page.getByText('Talked about Paxos')).toHaveCount(1);
  await expect(page.getByText('Sent the TLA+ slides')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Before the call' })).toContainText('Last touch: Email');

  // The filter shows one kind at a time.
  const show = timeline.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'Stage changes' });
  await expect(timeline.locator('.event .event-text')).toHaveText(['Created in Prospect']);
  await show.selectOption({ label: 'Call' });
  await expect(timeline.locator('.event .event-text')).toHaveText(['Talked about Paxos']);
  await show.selectOption({ label: 'Everything' });

  const edit = timeline.getByRole('button', { name: 'Edit interaction: Talked about Paxos' });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Edit interaction' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about Paxos and clocks');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(timeline.locator('.event-interaction .event-text')).toHaveText(['Sent the TLA+ slides', 'Talked about Paxos and clocks']);
  await expect(timeline.getByRole('button', { name: 'Edit interaction: Talked about Paxos and clocks' })).toBeFocused();

  // Opened by its key, the form gives focus back to where the key was pressed.
  const where = timeline.getByRole('button', { name: 'Delete interaction: Talked about Paxos and clocks' });
  await where.focus();
  await page.keyboard.press('l');
  await expect(page.getByRole('dialog', { name: 'Log interaction' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(where).toBeFocused();

  await timeline.getByRole('button', { name: 'Delete interaction: Sent the TLA+ slides' }).click();
  await expect(timeline.locator('.event-interaction .event-text')).toHaveText(['Talked about Paxos and clocks']);
});

test('the customer page and its dialogs pass axe in light and dark', async ({ page }) => {
  // Six axe runs (the page and two dialogs, two schemes each) on a busy machine.
  test.setTimeout(150_000);
  await page.addInitScript(() => {
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', { get: () => ({ print: () => undefined }) });
  });
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Katherine Johnson', 'NASA');
  await logInteraction(page, 'Purchase', 'Trajectory analysis', '1200');
  await page.getByRole('form', { name: 'New follow-up' }).getByRole('textbox', { name: 'Follow-up' }).fill('Check the orbit numbers');
  await page.getByRole('form', { name: 'New follow-up' }).getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('region', { name: 'Customer timeline' }).locator('.event')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Before the call' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.getByRole('dialog', { name: 'Log interaction' })).toBeVisible();
  await expectAccessible(page, 'dialog[open]');
  await page.getByRole('dialog', { name: 'Log interaction' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Log interaction' })).toBeFocused();

  const exportButton = page.getByRole('button', { name: 'Export PDF' });
  await exportButton.click();
  const exportDialog = page.getByRole('dialog', { name: 'Export customer story' });
  await expect(exportDialog.getByRole('radiogroup', { name: 'Template' })).toBeVisible();
  await expectAccessible(page, 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(exportButton).toBeFocused();
  await exportButton.click();
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  await expect(exportButton).toBeFocused();
});
