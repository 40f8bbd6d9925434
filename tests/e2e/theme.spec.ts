import { expect, test, type Page } from '@playwright/test';
import { createCustomer, notebook, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

/** The page background as the browser computed it (tokens.css, --bg). */
const rootBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('Settings -> Appearance: System follows the OS, Light and Dark pin the theme across reloads', async ({ page }) => {
  await startEmptyWorkspace(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('link', { name: 'Settings' }).click();
  const theme = page.getByRole('radiogroup', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  const systemDark = await rootBackground(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const systemLight = await rootBackground(page);
  expect(systemDark).not.toBe(systemLight);

  // Pinned dark wins over a light OS, and stays after a reload.
  await theme.getByRole('radio', { name: 'Dark' }).check();
  expect(await rootBackground(page)).toBe(systemDark);
  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await rootBackground(page)).toBe(systemDark);
  // Pinned light wins over a dark OS.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  expect(await rootBackground(page)).toBe(systemLight);
  await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
  expect(await rootBackground(page)).toBe(systemDark);
  await page.emulateMedia({ colorScheme: null });
  await expectAccessible(page, 'section[aria-labelledby="appearance-title"]');
});

test('the notebook toolbar: icon buttons named, with tooltips naming the shortcut on keyboard focus', async ({ page }) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Ada Lovelace', 'Analytical Engines');
  await notebook(page);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const bold = toolbar.getByRole('button', { name: 'Bold', exact: true });
  await expect(bold.locator('svg')).toHaveCount(1);
  await bold.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const tip = page.getByRole('tooltip', { name: /Bold/ });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/Ctrl\+B|⌘B/);
  await expect(bold).toHaveAccessibleDescription(/Bold.*(Ctrl\+B|⌘B)/);
  await expect(toolbar.getByRole('button', { name: 'Heading 1' })).toHaveAccessibleDescription(/# Space/);
  // The sidebar links carry icons and keep their names.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board', exact: true }).locator('svg')).toHaveCount(1);
  await expectAccessible(page, '.notebook-toolbar');
});
