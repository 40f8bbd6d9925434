import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { safeMarkdown } from './markdownSafety';
import { customerToMarkdown } from './customerMarkdown';
import { addCustomerCard } from '../model/workspaceDoc';
import { setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';

describe('Markdown export is safe to open', () => {
  it('escapes HTML and writes javascript:, data: and relative links as plain text; web and mail links and code stay', () => {
    const md = safeMarkdown(
      [
        'Hello <img src=x onerror=alert(1)> and <script>alert(2)</script>',
        '[click](javascript:alert(1)) [pic](data:text/html;base64,PHNjcmlwdD4=) ![img](data:image/svg+xml,<svg onload=alert(3)>)',
        '[ok](https://example.com/a_b) [mail](mailto:ada@example.com) [rel](../secret)',
        '<javascript:alert(4)> [tab](java\tscript:alert(5))',
        '[ref]: javascript:alert(6)',
        'inline `<b>code</b>` stays',
        '```',
        '<div>fenced stays</div>',
        '```',
      ].join('\n'),
    );
    expect(md.split('\n')).toEqual([
      'Hello &lt;img src=x onerror=alert(1)> and &lt;script>alert(2)&lt;/script>',
      'click (javascript\\:alert(1)) pic (data\\:text/html;base64,PHNjcmlwdD4=) Image: img (data\\:image/svg+xml,&lt;svg onload=alert(3)>)',
      '[ok](https://example.com/a_b) [mail](mailto:ada@example.com) rel (../secret)',
      '&lt;javascript:alert(4)> tab (java\tscript\\:alert(5))',
      '\\[ref\\]: javascript:alert(6)',
      'inline `<b>code</b>` stays',
      '```',
      '<div>fenced stays</div>',
      '```',
    ]);
    // Nothing left that a viewer would run or follow.
    const outsideCode = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/<[a-z/!]/i);
    expect(outsideCode).not.toMatch(/\]\((?!https:|mailto:)/);
  });

  it('a customer whose notebook and profile hold HTML and a javascript: link', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'c', { name: 'Eve <b>Hacker</b>', company: 'X', owner: 'me', createdAt: 0 });
    const customer = new Y.Doc();
    createNotebook(customer, 'Note <img src=x onerror=alert(1)>\n\n[call me](javascript:alert(1)) and [site](https://eve.example)');
    setProfileField(customer, 'likes', '<script>alert(1)</script>');
    const md = customerToMarkdown(workspace, customer, 'c', 'UTC');
    expect(md).toContain('# Eve &lt;b>Hacker&lt;/b>');
    expect(md).toContain('Note &lt;img src=x onerror=alert(1)>');
    expect(md).toContain('- **Likes:** &lt;script>alert(1)&lt;/script>');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('[site](https://eve.example)');
  });
});
