import { test, expect, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { createCustomer, startEmptyWorkspace, trackErrors } from './support';

async function log(page: Page, kind: string, date: string, summary: string, sentiment = 'Neutral', amount?: string) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(summary);
  await dialog.getByRole('combobox', { name: 'Sentiment' }).selectOption({ label: sentiment });
  if (amount) await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('interactions, stage changes and follow-ups in the customer and workspace timelines: newest first, by day, filterable', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Navy');
  await log(page, 'Call', '2026-02-03', 'Talked about COBOL', 'Positive');
  await log(page, 'Meeting', '2026-02-05', 'Planning workshop');
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'First purchase' });

  // The customer's own timeline: created and moved today, interactions logged for February.
  const own = page.getByRole('region', { name: 'Customer timeline' });
  await expect(own.locator('.event-text')).toHaveText(['Prospect → First purchase', 'Created in Prospect', 'Planning workshop', 'Talked about COBOL']);
  await expect(own.getByRole('heading', { level: 3 })).toHaveText([/^Today · /, /Feb 5, 2026/, /Feb 3, 2026/]);

  await createCustomer(page, 'Leslie Lamport', 'Clocks');
  await log(page, 'Purchase', '2026-02-04', 'Bought logical clocks', 'Positive', '900');
  await log(page, 'Email', '2026-02-06', 'Sent the Paxos paper', 'Negative');
  const followUp = page.getByRole('form', { name: 'New follow-up' });
  await followUp.getByRole('textbox', { name: 'Follow-up' }).fill('Send the TLA+ slides');
  await followUp.getByLabel('Due').fill('2026-02-07');
  await followUp.getByRole('button', { name: 'Add' }).click();

  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const feed = page.getByRole('feed', { name: 'Workspace timeline' });
  await expect(feed).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  // Summaries are not in the digests: they load lazily from the customer docs of the rows on screen.
  const interactions = feed.locator('.event-interaction .event-text');
  await expect(interactions).toHaveText(['Sent the Paxos paper', 'Planning workshop', 'Bought logical clocks', 'Talked about COBOL'], { timeout: 15_000 });
  await expect(feed.getByRole('heading')).toHaveText([/^Today · .*· 3$/, /Feb 7, 2026 · 1$/, /Feb 6, 2026 · 1$/, /Feb 5, 2026 · 1$/, /Feb 4, 2026 · 1$/, /Feb 3, 2026 · 1$/]);
  // Every event in order, newest first: today's stage changes, then the follow-up (top of its due day), then February.
  await expect(feed.locator('.event .event-text')).toHaveText([
    /Created in Prospect|Prospect → First purchase/,
    /Created in Prospect|Prospect → First purchase/,
    /Created in Prospect|Prospect → First purchase/,
    'Send the TLA+ slides',
    'Sent the Paxos paper',
    'Planning workshop',
    'Bought logical clocks',
    'Talked about COBOL',
  ]);
  await expect(page.getByText('8 events')).toBeVisible();
  const paxos = feed.getByRole('article').filter({ hasText: 'Sent the Paxos paper' });
  await expect(paxos.getByRole('link', { name: 'Leslie Lamport' })).toBeVisible();
  await expect(paxos).toContainText('Email');
  await expect(paxos).toContainText('Negative');
  await expect(feed.getByRole('article').filter({ hasText: 'Bought logical clocks' })).toContainText('900');
  await expect(feed.getByRole('article').filter({ hasText: 'Send the TLA+ slides' })).toContainText('Overdue');

  const filters = page.getByRole('group', { name: 'Timeline filters' });
  await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await expect(feed.locator('.event .event-text')).toHaveText(['Bought logical clocks']);
  await expect(feed.getByRole('heading')).toHaveText([/Feb 4, 2026/]);
  await filters.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Stage change' });
  await expect(feed.locator('.event .event-text')).toHaveCount(3);
  await expect(feed.locator('.event-stage .event-text', { hasText: 'Prospect → First purchase' })).toHaveCount(1);

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByRole('combobox', { name: 'Sentiment' }).selectOption({ label: 'Negative' });
  await expect(feed.locator('.event .event-text')).toHaveText(['Sent the Paxos paper']);

  await filters.getByRole('combobox', { name: 'Sentiment' }).selectOption('');
  // Nothing matches: the message takes the feed's place (a feed must hold articles), and the feed comes back after.
  await filters.getByRole('searchbox', { name: 'Customer' }).fill('nobody at all');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expect(feed).toHaveCount(0);
  await expectAccessible(page, '.timeline-view');
  await filters.getByRole('searchbox', { name: 'Customer' }).fill('hopper');
  await expect(interactions).toHaveText(['Planning workshop', 'Talked about COBOL']);
  await expect(feed.locator('.event-stage')).toHaveCount(2);
  await expect(feed.locator('.event-customer')).toHaveText(Array(4).fill('Grace Hopper'));

  // A customer link opens the customer page.
  await feed.getByRole('link', { name: 'Grace Hopper' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Grace Hopper');
  expect(errors).toEqual([]);
});

test('an interaction edited on the customer page shows its new summary in the workspace timeline', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Engines');
  await log(page, 'Note', '2026-03-01', 'First draft of the notes', 'Positive');
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const feed = page.getByRole('feed', { name: 'Workspace timeline' });
  await expect(feed.locator('.event-interaction .event-text')).toHaveText(['First draft of the notes'], { timeout: 15_000 });

  await feed.getByRole('link', { name: 'Ada Lovelace' }).first().click();
  const own = page.getByRole('region', { name: 'Customer timeline' });
  await own.getByRole('button', { name: 'Edit interaction: First draft of the notes' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit interaction' });
  await edit.getByRole('textbox', { name: 'Summary' }).fill('Notes on the Analytical Engine');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(own.locator('.event-interaction .event-text')).toHaveText(['Notes on the Analytical Engine']);

  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(feed.locator('.event-interaction .event-text')).toHaveText(['Notes on the Analytical Engine'], { timeout: 15_000 });
});
