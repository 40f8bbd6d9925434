import { test, expect } from '@playwright/test';
import { createCustomer, notebook, startEmptyWorkspace } from './support';

test('Export PDF prints the story from a sandboxed frame, with hostile content as text', async ({ page }) => {
  await page.addInitScript(() => {
    // Count print requests instead of opening the browser's dialog.
    (window as unknown as { __prints: number }).__prints = 0;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      get() {
        return { print: () => ((window as unknown as { __prints: number }).__prints += 1) };
      },
    });
  });
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Evil <img src=x onerror=alert(1)>', 'Corp');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('# Plan');
  await page.keyboard.press('Enter');
  await page.keyboard.type('<script>alert(2)</script> stays text');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export customer story' });
  await dialog.getByRole('checkbox', { name: 'Open follow-ups' }).uncheck();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('status', { name: 'Export status' })).toContainText('Save as PDF');

  const frame = page.locator('iframe[data-story-print]');
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('<h3 class="nb-heading">Plan</h3>');
  expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; stays text');
  expect(html).toContain('Evil &lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toContain('<h2>Open follow-ups</h2>');
  const body = html.slice(html.indexOf('<body>'));
  expect(body).not.toMatch(/<script|<img/i);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
});
