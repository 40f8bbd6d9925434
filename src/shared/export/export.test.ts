import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import Papa from 'papaparse';
import { addCustomerCard, moveToStage, readAllCards } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { customersToCsv, safeCell } from './customersCsv';
import { customerToMarkdown } from './customerMarkdown';

describe('exports', () => {
  it('customers to CSV: every card, accents kept, formulas defused', () => {
    const doc = new Y.Doc();
    addCustomerCard(doc, 'a', { name: '=HYPERLINK("http://evil")', company: 'Café, "Quotes"', owner: 'me', createdAt: Date.UTC(2026, 0, 2), tags: ['vip'] });
    addCustomerCard(doc, 'b', { name: 'Zoë', company: '@corp', owner: 'me', createdAt: Date.UTC(2026, 0, 3) });
    moveToStage(doc, 'b', 'loyalist', 'me', Date.UTC(2026, 1, 1));
    const csv = customersToCsv(readAllCards(doc).map((card) => ({ card, emails: ['x@y.example'], tier: 'A', ltv: 10 })));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Name', 'Company', 'Stage', 'Owner', 'Tags', 'Emails', 'Tier', 'Lifetime value', 'Created', 'Archived']);
    expect(parsed[1].slice(0, 3)).toEqual([`'=HYPERLINK("http://evil")`, 'Café, "Quotes"', 'Prospect']);
    expect(parsed[2].slice(0, 3)).toEqual(['Zoë', "'@corp", 'Loyalist']);
    expect(safeCell('-1+2')).toBe("'-1+2");
    expect(safeCell('plain')).toBe('plain');
  });

  it('one customer to Markdown: profile, notebook, timeline, follow-ups', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'c1', { name: 'Ada', company: 'Engines', owner: 'Alex', createdAt: Date.UTC(2026, 0, 1) });
    const customer = new Y.Doc();
    createNotebook(customer, '# Plan\n\n- [ ] call back');
    setProfileField(customer, 'likes', 'Poetry');
    putInteraction(customer, 'i1', { kind: 'call', at: Date.UTC(2026, 1, 1), summary: 'Intro', sentiment: 'positive', amount: null, author: 'Alex' });
    putFollowUp(customer, 'f1', { due: '2026-03-01', text: 'Send deck', assignee: 'Alex', done: false });
    const md = customerToMarkdown(workspace, customer, 'c1', 'UTC');
    expect(md).toContain('# Ada');
    expect(md).toContain('- **Likes:** Poetry');
    expect(md).toContain('# Plan');
    expect(md).toContain('- [ ] call back');
    expect(md).toContain('2026-02-01 **call** (positive): Intro');
    expect(md).toContain('**stage** → Prospect');
    expect(md).toContain('- [ ] 2026-03-01 Send deck (Alex)');
  });
});
