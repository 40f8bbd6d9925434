import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createCustomer, notebook, startEmptyWorkspace } from './support';

test('Markdown export of a notebook holding HTML and a javascript: link writes them as text', async ({ page }, info) => {
  await startEmptyWorkspace(page);
  await createCustomer(page, 'Eve <b>Hacker</b>', 'X');
  const editor = await notebook(page);
  await editor.click();
  await page.keyboard.type('Plain <img src=x onerror=alert(1)> text');
  await page.keyboard.press('Enter');
  // Pasted from a web page: the link keeps its javascript: address in the notebook (shown inert by the editor).
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Call <a href="javascript:alert(1)">me</a> or see <a href="https://eve.example/">the site</a></p>');
    data.setData('text/plain', 'Call me or see the site');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.getByRole('link', { name: 'me' })).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  const path = info.outputPath('eve.md');
  await download.saveAs(path);
  const markdown = readFileSync(path, 'utf8');
  expect(markdown).toContain('# Eve &lt;b>Hacker&lt;/b>');
  expect(markdown).toContain('Plain &lt;img src=x onerror=alert(1)> text');
  // Lexical writes the address with its parentheses escaped; ours is plain text, not a link.
  expect(markdown).toContain('Call me (javascript\\:alert\\(1\\)) or see [the site](https://eve.example/)');
  expect(markdown).not.toMatch(/<(img|b|script)/);
  expect(markdown).not.toContain('](javascript:');
});
