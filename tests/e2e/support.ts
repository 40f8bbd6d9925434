import { expect, type Page } from '@playwright/test';

/** Starts from a fresh device: an empty workspace, no sample. */
export async function startEmptyWorkspace(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
}

export async function createCustomer(page: Page, name: string, company: string): Promise<void> {
  await page.getByRole('link', { name: 'Customers', exact: true }).click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Company' }).fill(company);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(name);
}

/** The notebook editor, once its content is bound and editable. */
export async function notebook(page: Page) {
  const editor = page.getByRole('textbox', { name: 'Notebook' });
  await expect(editor).toBeVisible();
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  return editor;
}

/** Collects uncaught errors so a test can assert the page never crashed. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/**
 * A profile field's textbox. Empty fields wait under "Add field" (email and phone
 * always show): this reveals the field first when it is folded away.
 */
export async function profileField(page: Page, label: string) {
  const profile = page.getByRole('region', { name: 'Profile' });
  const field = profile.getByRole('textbox', { name: label, exact: true });
  await expect(profile.getByRole('button', { name: 'Add field' }).or(field).first()).toBeVisible();
  if ((await field.count()) === 0) {
    // A field left now shows its history link, which moves the button under the pointer: leave it first.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await profile.getByRole('button', { name: 'Add field' }).click();
    await profile.getByRole('list', { name: 'Empty fields' }).getByRole('button', { name: label, exact: true }).click();
  }
  await expect(field).toBeVisible();
  return field;
}

/**
 * A remote cursor's name label in a notebook. @lexical/yjs 0.52.0 (pinned) draws it as a
 * span styled inline (no class without a theme): its Arial label is what tells it apart
 * from the same name anywhere else on the page (owner, stage history, presence).
 */
export function cursorLabel(page: Page, name: string) {
  return page.locator('span[style*="font-family: Arial"]', { hasText: new RegExp(`^${name}$`) });
}
