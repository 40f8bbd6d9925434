import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import Papa from 'papaparse';
import { addCustomerCard, moveToStage, readAllCards } from '../model/workspaceDoc';
import { summarizeWorkspace } from '../insights/summary';
import type { FollowUp, Interaction } from '../model/schemas';
import { CSV_COLUMNS, customersToCsv, safeCell, type ExportCustomer } from './customersCsv';
import { customersToVcard, fold } from './customersVcard';
import { parseVCards } from '../import/vcard';
import { upsertMember, peopleDirectory, readMembers, personName } from '../model/members';

const NOW = Date.UTC(2026, 5, 15, 12);

function workspace() {
  const doc = new Y.Doc();
  upsertMember(doc, 'm-ada', { name: 'Ada Lovelace', color: '#1d4ed8' }, 1);
  addCustomerCard(doc, 'a', { name: '=HYPERLINK("http://evil")', company: 'Café, "Quotes"', owner: 'm-ada', createdAt: Date.UTC(2026, 0, 2), tags: ['vip', 'key; account'] });
  addCustomerCard(doc, 'b', { name: 'Zoë Ärlig', company: '@corp', owner: 'Me', createdAt: Date.UTC(2026, 0, 3) });
  moveToStage(doc, 'b', 'loyalist', 'm-ada', Date.UTC(2026, 1, 1));
  return doc;
}

function rows(doc: Y.Doc): ExportCustomer[] {
  const interactions: Interaction[] = [
    { id: 'i1', kind: 'purchase', when: { kind: 'date', date: '2026-03-14' }, at: Date.UTC(2026, 2, 14, 12), summary: 'Mill', sentiment: 'positive', amount: { minor: 1_325_050, currency: 'EUR' }, author: 'm-ada' },
  ];
  const followUps: FollowUp[] = [{ id: 'f1', due: '2026-07-01', text: 'Call', assignee: 'm-ada', done: false }];
  const cards = readAllCards(doc);
  const summaries = summarizeWorkspace(
    cards.map((card) => ({ card, interactions: card.id === 'a' ? interactions : [], followUps: card.id === 'a' ? followUps : [] })),
    { now: NOW, timeZone: 'UTC', currency: 'EUR' },
  );
  return cards.map((card) => ({
    card,
    summary: summaries.byId.get(card.id),
    profile:
      card.id === 'a'
        ? { emails: ['ada@example.com'], phones: ['+44 20 7946 0000'], role: 'Buyer', address: 'Line 1\nLondon', importantDates: [{ label: 'Birthday', date: '1990-12-10' }, { label: 'first order', date: '2019-05-01' }], customFields: { Website: 'https://ada.example' } }
        : undefined,
  }));
}

describe('list exports', () => {
  it('CSV fills owner by name, tags, tier, lifetime value, health and last touch; formulas defused', () => {
    const doc = workspace();
    const people = peopleDirectory(readMembers(doc));
    const csv = customersToCsv(rows(doc), { personName: (v) => personName(v, people), currency: 'EUR' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    const ada = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, parsed[1][i]]));
    expect(ada).toMatchObject({
      Name: `'=HYPERLINK("http://evil")`,
      Company: 'Café, "Quotes"',
      Stage: 'Prospect',
      Owner: 'Ada Lovelace',
      Tags: 'vip, key; account',
      Emails: 'ada@example.com',
      Phones: "'+44 20 7946 0000",
      Role: 'Buyer',
      'Lifetime value': '13250.50',
      Currency: 'EUR',
      'Last touch': '2026-03-14',
      'Next follow-up': '2026-07-01',
      Created: '2026-01-02',
      Archived: 'no',
    });
    expect(ada.Tier).toMatch(/^[ABC]$/);
    expect(['Healthy', 'Needs attention', 'At risk']).toContain(ada.Health);
    const zoe = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, parsed[2][i]]));
    // Data from before members: shown as an unknown member, never as the raw text "Me".
    expect(zoe).toMatchObject({ Name: 'Zoë Ärlig', Company: "'@corp", Stage: 'Loyalist', Owner: 'Unknown member', 'Lifetime value': '0.00', 'Last touch': '' });
    expect(safeCell('-1+2')).toBe("'-1+2");
  });

  it('vCard 4.0 reads back through the import with every value and label', () => {
    const doc = workspace();
    const people = peopleDirectory(readMembers(doc));
    const text = customersToVcard(rows(doc), { personName: (v) => personName(v, people) });
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4.0\r\n/g)).toHaveLength(2);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { records, malformed } = parseVCards(text);
    expect(malformed).toEqual([]);
    expect(records[0]).toMatchObject({
      name: '=HYPERLINK("http://evil")',
      company: 'Café, "Quotes"',
      role: 'Buyer',
      emails: ['ada@example.com'],
      phones: ['+44 20 7946 0000'],
      address: 'Line 1\nLondon',
      tags: ['vip', 'key; account'],
    });
    expect(records[0].importantDates).toEqual(expect.arrayContaining([{ label: 'Birthday', date: '1990-12-10' }, { label: 'first order', date: '2019-05-01' }]));
    expect(records[0].websites[0]).toContain('ada.example');
    expect(records[1]).toMatchObject({ name: 'Zoë Ärlig', company: '@corp' });
  });

  it('folds long lines without splitting a character, and escapes what would add a property', () => {
    const long = `FN:${'é'.repeat(60)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const doc = new Y.Doc();
    addCustomerCard(doc, 'x', { name: 'Evil\r\nEND:VCARD\r\nBEGIN:VCARD', company: '', owner: '', createdAt: 1 });
    const text = customersToVcard([{ card: readAllCards(doc)[0] }], { personName: (v) => v });
    expect(text.match(/^BEGIN:VCARD$/gm)).toHaveLength(1);
    expect(parseVCards(text).records[0].name).toBe('Evil\nEND:VCARD\nBEGIN:VCARD');
  });
});
