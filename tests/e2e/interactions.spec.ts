import { test, expect, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace } from './support';

async function logInteraction(page: Page, values: { kind: string; date: string; summary: string; sentiment: string; amount?: string }) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: values.kind });
  await dialog.getByLabel('Date').fill(values.date);
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(values.summary);
  await dialog.getByRole('combobox', { name: 'Sentiment' }).selectOption({ label: values.sentiment });
  if (values.amount) await dialog.getByRole('textbox', { name: 'Amount' }).fill(values.amount);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('log interactions of several kinds, newest first; edit; delete and undo', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Marie Curie', 'Radium Institute');
  await logInteraction(page, { kind: 'Call', date: '2026-03-02', summary: 'Intro call about isotopes', sentiment: 'Positive' });
  await logInteraction(page, { kind: 'Purchase', date: '2026-04-10', summary: 'Bought a spectrometer', sentiment: 'Positive', amount: '12000' });
  await logInteraction(page, { kind: 'Support', date: '2026-03-20', summary: 'Calibration problem', sentiment: 'Negative' });

  // The customer's timeline is the page's one list of interactions.
  const list = page.getByRole('region', { name: 'Customer timeline' });
  const summaries = list.locator('.event-interaction .event-text');
  await expect(summaries).toHaveText(['Bought a spectrometer', 'Calibration problem', 'Intro call about isotopes']);

  // The form shows earlier interactions while logging.
  await page.getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.getByRole('list', { name: 'Earlier interactions' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('dialog', { name: 'Log interaction' }).getByRole('button', { name: 'Cancel' }).click();

  // A purchase needs an amount.
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('No amount');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A purchase needs an amount.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await list.getByRole('button', { name: 'Edit interaction: Calibration problem' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit interaction' });
  await edit.getByRole('textbox', { name: 'Summary' }).fill('Calibration problem, fixed on site');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(summaries.nth(1)).toHaveText('Calibration problem, fixed on site');

  await list.getByRole('button', { name: 'Delete interaction: Intro call about isotopes' }).click();
  await expect(summaries).toHaveCount(2);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(summaries).toHaveCount(3);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Customer timeline' }).locator('.event-interaction .event-text')).toHaveText([
    'Bought a spectrometer',
    'Calibration problem, fixed on site',
    'Intro call about isotopes',
  ]);
});

test('follow-ups: add, mark done, and they stay done', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Emmy Noether', 'Göttingen');
  const form = page.getByRole('form', { name: 'New follow-up' });
  await form.getByRole('textbox', { name: 'Follow-up' }).fill('Send the invariants paper');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('checkbox', { name: 'Done: Send the invariants paper' }).click();
  await expect(page.getByRole('region', { name: 'Follow-ups' }).getByText('Send the invariants paper')).toBeHidden();
  await page.getByRole('checkbox', { name: 'Show done' }).check();
  await expect(page.getByRole('checkbox', { name: 'Done: Send the invariants paper' })).toBeChecked();
  await page.reload();
  await page.getByRole('checkbox', { name: 'Show done' }).check();
  await expect(page.getByRole('checkbox', { name: 'Done: Send the invariants paper' })).toBeChecked();
});
