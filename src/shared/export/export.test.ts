import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import Papa from 'papaparse';
import { addCustomerCard, moveToStage, readAllCards } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { customersToCsv, safeCell } from './customersCsv';
import { customerToMarkdown } from './customerMarkdown';
import { setWorkspaceFormat } from '../model/workspaceFormat';

describe('exports', () => {
  it('customers to CSV: every card, accents kept, formulas defused', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'a', { name: '=HYPERLINK("http://evil")', company: 'Café, "Quotes"', owner: 'me', createdAt: Date.UTC(2026, 0, 2), tags: ['vip'] });
    addCustomerCard(doc, 'b', { name: 'Zoë', company: '@corp', owner: 'me', createdAt: Date.UTC(2026, 0, 3) });
    moveToStage(doc, 'b', 'loyalist', 'me', Date.UTC(2026, 1, 1));
    const csv = customersToCsv(readAllCards(doc).map((card) => ({ card, emails: ['x@y.example'], tier: 'A', ltv: { minor: 1_325_050, currency: 'EUR' } })));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Name', 'Company', 'Stage', 'Owner', 'Tags', 'Emails', 'Tier', 'Lifetime value', 'Currency', 'Created', 'Archived']);
    // Files hold ISO: a plain decimal beside its currency code, dates as YYYY-MM-DD.
    expect(parsed[1].slice(7, 10)).toEqual(['13250.50', 'EUR', '2026-01-02']);
    expect(parsed[1].slice(0, 3)).toEqual([`'=HYPERLINK("http://evil")`, 'Café, "Quotes"', 'Prospect']);
    expect(parsed[2].slice(0, 3)).toEqual(['Zoë', "'@corp", 'Loyalist']);
    expect(safeCell('-1+2')).toBe("'-1+2");
    expect(safeCell('plain')).toBe('plain');
  });

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
