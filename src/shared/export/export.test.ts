import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { customerToMarkdown } from './customerMarkdown';
import { setWorkspaceFormat } from '../model/workspaceFormat';

describe('exports', () => {
  it('one customer to Markdown: profile, notebook, timeline, follow-ups, dates and amounts in the workspace style', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'c1', { name: 'Ada', company: 'Engines', owner: 'Alex', createdAt: Date.UTC(2026, 0, 1) });
    setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'de-DE' });
    const customer = new Y.Doc();
    createNotebook(customer, '# Plan\n\n- [ ] call back');
    setProfileField(customer, 'likes', 'Poetry');
    putInteraction(customer, 'i1', { kind: 'call', at: Date.UTC(2026, 1, 1, 14, 5), summary: 'Intro', sentiment: 'positive', amount: null, author: 'Alex' });
    putInteraction(customer, 'i2', { kind: 'purchase', at: '2026-03-14', summary: 'Mill', sentiment: 'positive', amount: { minor: 1_325_050, currency: 'EUR' }, author: 'Alex' });
    putFollowUp(customer, 'f1', { due: '2026-03-01', text: 'Send deck', assignee: 'Alex', done: false });
    const md = customerToMarkdown(workspace, customer, 'c1', 'UTC');
    expect(md).toContain('# Ada');
    expect(md).toContain('- **Likes:** Poetry');
    expect(md).toContain('# Plan');
    expect(md).toContain('- [ ] call back');
    expect(md).toContain('- 01.02.2026, 14:05 **call** (positive): Intro');
    // A date without a time: no time, and the amount through Intl in the workspace locale.
    expect(md).toContain('- 14.03.2026 **purchase** (positive, 13.250,50\u00a0€): Mill');
    expect(md).toContain('- 01.01.2026 **stage** → Prospect');
    expect(md).toContain('- [ ] 01.03.2026 Send deck (Alex)');
    // Newest first.
    expect(md.indexOf('Mill')).toBeLessThan(md.indexOf('Intro'));
    expect(md.indexOf('Intro')).toBeLessThan(md.indexOf('**stage**'));
  });
});
