import { test, expect, type Page } from '@playwright/test';
import { createCustomer, startEmptyWorkspace, trackErrors } from './support';
import { expectAccessible } from './a11y';

/**
 * The relationship path acts on what is logged (issue 11, part 4): a Prospect's first
 * purchase offers "Move to First purchase" in a notification, a second "Repeat customer";
 * At risk and Lost ask an optional reason, kept in the stage history and the timeline;
 * every stage change can be undone. Also: the next step added with the interaction.
 */

async function logPurchase(page: Page, summary: string, amount: string, nextStep?: { text: string; due: string }) {
  await page.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Purchase' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill(summary);
  await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
  if (nextStep) {
    await dialog.getByRole('textbox', { name: 'Next step' }).fill(nextStep.text);
    await dialog.getByLabel('Due').fill(nextStep.due);
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('purchases suggest the next stage in a notification; a stage change is undone', async ({ page }) => {
  const errors = trackErrors(page);
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Globex', 'Globex Corp');
  const stage = page.getByRole('combobox', { name: 'Stage' });
  const notifications = page.getByRole('region', { name: 'Notifications' });

  await logPurchase(page, 'First order: 20 seats', '12,500', { text: 'Check in after delivery', due: inDays(3) });
  // The next step was saved with the interaction.
  await expect(page.getByRole('region', { name: 'Follow-ups' })).toContainText('Check in after delivery');
  // Never moved by itself, never a blocking dialog: a notification with the button.
  await expect(stage).toHaveValue('prospect');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await notifications.getByRole('button', { name: 'Move to First purchase' }).click();
  await expect(stage).toHaveValue('first_purchase');
  await expect(notifications).toContainText('Globex moved to First purchase.');
  await notifications.getByRole('button', { name: 'Undo' }).click();
  await expect(stage).toHaveValue('prospect');
  await expect(page.getByRole('region', { name: 'Stage history' }).getByRole('listitem')).toHaveCount(1);

  await stage.selectOption({ label: 'First purchase' });
  await expect(stage).toHaveValue('first_purchase');
  await logPurchase(page, 'Second order', '900');
  await notifications.getByRole('button', { name: 'Move to Repeat customer' }).click();
  await expect(stage).toHaveValue('repeat');
  expect(errors).toEqual([]);
});

test('At risk and Lost ask an optional reason, kept in the stage history and the timeline; Escape leaves the stage', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Initech', 'Initech');
  const stage = page.getByRole('combobox', { name: 'Stage' });

  // As a user does: focus on the combobox, then a choice.
  await stage.focus();
  await stage.selectOption({ label: 'At risk' });
  const dialog = page.getByRole('dialog', { name: 'Move Initech to At risk' });
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await expectAccessible(page, 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(stage).toHaveValue('prospect');
  // Focus is not lost: back on the combobox that asked.
  await expect(stage).toBeFocused();

  await stage.selectOption({ label: 'At risk' });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Budget cut after the merger');
  await dialog.getByRole('button', { name: 'Move to At risk' }).click();
  await expect(stage).toHaveValue('at_risk');
  await expect(page.getByRole('region', { name: 'Stage history' })).toContainText('Budget cut after the merger');
  await expect(page.getByRole('region', { name: 'Customer timeline' })).toContainText('Budget cut after the merger');

  // The reason is optional.
  await stage.selectOption({ label: 'Lost' });
  await page.getByRole('dialog', { name: 'Move Initech to Lost' }).getByRole('button', { name: 'Move to Lost' }).click();
  await expect(stage).toHaveValue('lost');
});
