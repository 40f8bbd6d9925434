import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCustomerCard, moveToStage } from '../model/workspaceDoc';
import { putFollowUp, putInteraction, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { renderStoryHtml, storyHeaderFooter } from './storyHtml';
import { storyInputFromDocs } from './storyInput';
import { setWorkspaceFormat } from '../model/workspaceFormat';

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)><style>body{display:none}</style>`;

function fixture(name = 'Ada Lovelace') {
  const workspace = new Y.Doc();
  addCustomerCard(workspace, 'c1', { name, company: 'Analytical <Engines> & Co', owner: 'Alex', createdAt: Date.UTC(2025, 0, 10) });
  moveToStage(workspace, 'c1', 'first_purchase', 'Alex', Date.UTC(2025, 2, 1));
  moveToStage(workspace, 'c1', 'loyalist', 'Sam', Date.UTC(2026, 1, 1));
  const customer = new Y.Doc();
  createNotebook(
    customer,
    [
      '# Account plan',
      'Key **contact** is *Ada*, reached via [the site](https://engines.example) or [evil](javascript:alert(3)).',
      '## Risks',
      '- budget freeze',
      '- competitor pilot',
      '1. first step',
      '- [x] sent contract',
      '- [ ] book review',
      '> "Best supplier we have"',
      HOSTILE.replace(/[<>]/g, (c) => (c === '<' ? '<' : '>')),
    ].join('\n\n'),
  );
  setProfileField(customer, 'preferences', 'Email first');
  setProfileField(customer, 'likes', `Opera ${HOSTILE}`);
  setProfileField(customer, 'importantDates', [{ label: 'Birthday', date: '1815-12-10' }]);
  putInteraction(customer, 'i1', { kind: 'purchase', at: Date.UTC(2026, 1, 2), summary: 'Bought the mill', sentiment: 'positive', amount: { minor: 120_000, currency: 'EUR' }, author: 'Alex' });
  putInteraction(customer, 'i2', { kind: 'support', at: Date.UTC(2026, 2, 2), summary: `Ticket ${HOSTILE}`, sentiment: 'negative', amount: null, author: 'Alex' });
  putFollowUp(customer, 'f1', { due: '2026-12-01', text: 'Renewal call', assignee: 'Alex', done: false });
  putFollowUp(customer, 'f2', { due: '2026-01-01', text: 'Old task', assignee: 'Alex', done: true });
  return storyInputFromDocs(workspace, customer, 'c1', {
    now: Date.UTC(2026, 10, 22),
    timeZone: 'Europe/London',
    summary: { tier: 'A', ltv: 1200, daysInStage: 294, health: { level: 'amber', reasons: [{ text: 'No touch in 45 days' }] } },
  });
}

describe('customer story: money and dates in the workspace style', () => {
  it('shows amounts and dates through Intl in the workspace locale, and no time for a date without one', () => {
    const workspace = new Y.Doc();
    addCustomerCard(workspace, 'c1', { name: 'Ada', company: 'Engines', owner: 'Alex', createdAt: Date.UTC(2025, 0, 10) });
    setWorkspaceFormat(workspace, { currency: 'EUR', locale: 'de-DE' });
    const customer = new Y.Doc();
    createNotebook(customer, 'Notes');
    setProfileField(customer, 'importantDates', [{ label: 'First order', date: '2019-06-03' }]);
    putInteraction(customer, 'i1', { kind: 'purchase', at: '2026-03-14', summary: 'Mill', sentiment: 'positive', amount: { minor: 1_325_050, currency: 'EUR' }, author: 'Alex' });
    putInteraction(customer, 'i2', { kind: 'call', at: '2026-03-15T15:30+01:00', summary: 'Call', sentiment: 'neutral', amount: null, author: 'Alex' });
    putFollowUp(customer, 'f1', { due: '2026-12-01', text: 'Renewal call', assignee: 'Alex', done: false });
    const input = storyInputFromDocs(workspace, customer, 'c1', { now: Date.UTC(2026, 10, 22), timeZone: 'Europe/Berlin' });
    const html = renderStoryHtml(input);
    expect(html).toContain('<td class="when">14.03.2026</td>');
    expect(html).toContain('<td class="when">15.03.2026, 15:30</td>');
    expect(html).toContain('<span class="amount">13.250,50\u00a0€</span>');
    // The summary's value is the workspace-currency sum computed for this customer.
    expect(html).toContain('<dt>Lifetime value</dt><dd class="tile-value">13.250,50\u00a0€</dd>');
    expect(html).toContain('First order: 03.06.2019');
    expect(html).toContain('<strong>01.12.2026</strong> Renewal call');
    expect(html).toContain('<span>Customer since 10.01.2025</span>');
    // The running header's date too: one date style everywhere.
    expect(html).toContain(`@top-right { content: "Prepared 22\\2e 11\\2e 2026"`);
    expect(html).not.toMatch(/12:00/);
  });
});

describe('customer story HTML', () => {
  it('has every section with the notebook rendered faithfully', () => {
    const html = renderStoryHtml(fixture());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Ada Lovelace</h1>');
    for (const heading of ['Figures', 'The relationship so far', 'What matters to them', 'Interactions (2)', 'Notebook', 'Open follow-ups']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<svg class="journey-graphic"');
    // One bar per stay on the journey's time axis.
    expect(html.match(/<rect class="stage-/g)).toHaveLength(3);
    expect(html).toContain('<h3 class="nb-heading">Account plan</h3>');
    expect(html).toContain('<h4 class="nb-heading">Risks</h4>');
    expect(html).toContain('<ul class="bulleted"><li>budget freeze</li><li>competitor pilot</li></ul>');
    expect(html).toContain('<ol class="numbered"><li>first step</li></ol>');
    expect(html).toMatch(/<li class="checked">.*sent contract<\/li>/);
    expect(html).toMatch(/<li class="unchecked">.*book review<\/li>/);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<strong>contact</strong>');
    expect(html).toContain('<a href="https://engines.example">the site</a>');
    expect(html).toContain('Renewal call');
    expect(html).not.toContain('Old task');
    expect(html).toContain('Tier');
    expect(html).toContain('No touch in 45 days');
  });

  it('renders hostile names, notes and links as inert text', () => {
    const html = renderStoryHtml(fixture(`Mallory ${HOSTILE} <b onmouseover=x>`));
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toMatch(/<style/i);
    // No event-handler attribute inside any real tag (user text has no raw "<" left).
    expect(body).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(body).not.toMatch(/href="javascript:/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('onerror=alert(2)');
    expect(body).toContain('javascript:alert(3)');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script/i);
  });

  it('takes options: sections, interaction date range, page size', () => {
    const input = fixture();
    const html = renderStoryHtml(input, { sections: ['cover', 'interactions'], from: Date.UTC(2026, 1, 15), pageSize: 'Letter' });
    expect(html).toContain('size: Letter');
    expect(html).toContain('Interactions (1)');
    expect(html).not.toContain('<h2>Notebook</h2>');
    expect(html).not.toContain('Bought the mill');
    // Chromium's own header and footer stay empty: the story prints its own (none on the first page).
    expect(storyHeaderFooter('Ada <Lovelace>')).toEqual({ headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(html).toContain('@page :first { @top-left { content: none; } @top-right { content: none; } }');
  });
});
