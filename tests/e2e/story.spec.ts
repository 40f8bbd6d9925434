import { test, expect } from '@playwright/test';
import { createCustomer, notebook, startEmptyWorkspace } from './support';
import { expectAccessible } from './a11y';

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

test('Export PDF offers the templates Account review and Handover; the story holds its charts with their data as tables', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', { get: () => ({ print: () => undefined }) });
  });
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Grace Hopper', 'Navy Labs');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export customer story' });
  const templates = dialog.getByRole('radiogroup', { name: 'Template' });
  await expect(templates.getByRole('radio')).toHaveCount(2);
  await expect(templates.getByRole('radio', { name: 'Account review' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Figures and charts' })).toBeChecked();
  await expectAccessible(page, 'dialog[open]');

  const exportedHtml = async () => {
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(dialog.getByRole('status', { name: 'Export status' })).toContainText('Save as PDF');
    return (await page.locator('iframe[data-story-print]').getAttribute('srcdoc')) ?? '';
  };
  const review = await exportedHtml();
  expect(review).toContain('<p class="kicker">Account review</p>');
  for (const id of ['chart-value', 'chart-cadence', 'chart-sentiment']) expect(review).toContain(`<figure class="chart" id="${id}" aria-labelledby="${id}-title">`);
  expect(review.match(/<svg class="chart-svg" role="img" aria-label="[^"]+"/g)).toHaveLength(3);
  expect(review.match(/<table class="chart-data"/g)).toHaveLength(3);
  expect(review).toContain('<h2 class="summary-heading">Top follow-ups</h2>');

  await templates.getByRole('radio', { name: 'Handover' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Figures and charts' })).not.toBeChecked();
  const handover = await exportedHtml();
  expect(handover).toContain('<p class="kicker">Handover</p>');
  expect(handover).toContain('<h2 class="summary-heading">Contacts</h2>');
  expect(handover).not.toContain('class="chart"');
  // Charts on request: ticked, they print at the handover's end.
  await dialog.getByRole('checkbox', { name: 'Figures and charts' }).check();
  const withCharts = await exportedHtml();
  expect(withCharts.indexOf('<section class="charts">')).toBeGreaterThan(withCharts.indexOf('<section class="notebook">'));
});
