import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset, headerSignature } from './presets';
import { recordsFromTable } from './records';
import { parseVCards } from './vcard';
import { planInMemory, memoryTarget } from './memoryTarget';
import { applyImportPlan, undoImport } from './apply';
import { parseDate } from './normalize';
import { addCustomerCard, readAllCards, readCardById } from '../model/workspaceDoc';
import { readFieldHistory } from '../model/customerDoc';
import { readProfile, setProfileField } from '../model/customerDoc';
import { createNotebook, readNotebookText } from '../notebook/headless';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name), 'utf8');

function importCsv(name: string) {
  const table = parseCsv(fixture(name));
  const { preset, mapping } = detectPreset(table.headers);
  return { preset, mapping, ...recordsFromTable(table, mapping) };
}

describe('CSV importers', () => {
  it('HubSpot default export: BOM, quoted newlines, lifecycle stages, malformed rows with row numbers', () => {
    const { preset, records, malformed } = importCsv('hubspot-default.csv');
    expect(preset).toBe('hubspot');
    expect(records.map((r) => [r.name, r.company, r.stage])).toEqual([
      ['Ada Lovelace', 'Analytical Engines', 'first_purchase'],
      ['Charles Babbage', 'Analytical Engines', 'prospect'],
      ['Difference Ltd', 'Difference Ltd', 'prospect'],
      ['Grace Hopper', 'Navy', 'advocate'],
      ['Ada Lovelace', 'Analytical Engines', 'first_purchase'],
    ]);
    expect(records[0].notes).toBe('Met at the Royal Society.\nWants a second engine.');
    expect(records[0].emails).toEqual(['ada@engines.example']);
    expect(records[0].createdAt).toBe('2024-03-05');
    // A row with a bad email is kept without it, and the value is listed with its row and column.
    expect(records[3].problems).toEqual([{ sourceRow: 6, column: 'Email', raw: 'not-an-email', reason: 'not an email address' }]);
    expect(malformed).toEqual([{ sourceRow: 5, reason: 'No name, company or email' }]);
  });

  it('HubSpot in German (semicolons) and French, Pipedrive people and organizations, Google both header families', () => {
    const de = importCsv('hubspot-de.csv');
    expect(de.preset).toBe('hubspot');
    expect(de.records.map((r) => [r.name, r.company, r.role, r.stage])).toEqual([
      ['Jürgen Müller', 'Müller GmbH', 'Geschäftsführer', 'first_purchase'],
      ['Anna Schmidt', 'Schmidt AG', '', 'prospect'],
    ]);
    expect(importCsv('hubspot-fr.csv').records[0]).toMatchObject({ name: 'Amélie Poulain', company: 'Café des 2 Moulins', stage: 'first_purchase' });

    const people = importCsv('pipedrive-people.csv');
    expect(people.preset).toBe('pipedrive-person');
    expect(people.records[0]).toMatchObject({ name: 'Linus Torvalds', company: 'Kernel Org', emails: ['linus@kernel.example', 'linus@home.example'], tags: ['Hot lead'], importantDates: [{ label: 'Birthday', date: '1969-12-28' }] });
    expect(people.records[1].importantDates).toEqual([{ label: 'Birthday', date: '1936-08-31' }]);
    const orgs = importCsv('pipedrive-organizations.csv');
    expect(orgs.preset).toBe('pipedrive-organization');
    expect(orgs.records.map((r) => [r.name, r.address])).toEqual([['Globex', '1 Main Street, Springfield'], ['Initech', '']]);

    const google = importCsv('google-new.csv');
    expect(google.preset).toBe('google');
    expect(google.records[0]).toMatchObject({ name: 'Tim Berners-Lee', company: 'W3C', role: 'Director', emails: ['tim@w3.example', 'tim@home.example'], tags: ['VIP'] });
    expect(google.malformed).toEqual([]);
    expect(google.records[1].problems).toEqual([{ sourceRow: 3, column: 'Birthday', raw: 'not a date', reason: 'not a date' }]);
    const old = importCsv('google-old.csv');
    expect(old.preset).toBe('google');
    expect(old.records[0]).toMatchObject({ name: 'Alan Turing', company: 'Bletchley Park', emails: ['alan@bletchley.example'], tags: ['Friends'] });
  });

  it('a generic file goes through a mapping the user sets, remembered by its header signature', () => {
    const table = parseCsv(fixture('generic.csv'));
    expect(detectPreset(table.headers).preset).toBe('generic');
    const { records } = recordsFromTable(table, { Kunde: 'name', Mail: 'email', Firma: 'company', Bemerkung: 'notes' });
    expect(records[0]).toMatchObject({ name: 'Rosa Parks', company: 'Montgomery Co', emails: ['rosa@example.org'], notes: 'Line one\nline two' });
    expect(headerSignature(table.headers)).toBe(headerSignature(['KUNDE', 'mail', 'Firma ', 'Bemerkung']));
  });

  it('reads mixed date formats and refuses impossible ones', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('31.12.2020')).toBe('2020-12-31');
    expect(parseDate('12/31/2020')).toBe('2020-12-31');
    expect(parseDate('31/12/2020')).toBe('2020-12-31');
    expect(parseDate('20200105')).toBe('2020-01-05');
    expect(parseDate('yesterday')).toBeNull();
  });
});

describe('vCard', () => {
  it('reads 2.1 quoted-printable, 3.0 with Apple labels, 4.0 with folding, and reports bad cards', () => {
    const { records, malformed } = parseVCards(fixture('contacts.vcf'));
    expect(records.map((r) => r.name)).toEqual(['Jürgen Müller', 'Dr. Marie Curie', 'Nikola Tesla']);
    expect(records[0]).toMatchObject({ phones: ['+49 30 999'], emails: ['juergen@vcard.example'], notes: 'Line one\nline two' });
    expect(records[1]).toMatchObject({
      company: 'Radium Institute, Research',
      role: 'Director',
      emails: ['marie@radium.example', 'marie@home.example'],
      address: '1 rue Pierre et Marie Curie, Paris, 75005, France',
      importantDates: [{ label: 'Birthday', date: '1867-11-07' }],
      notes: 'Two Nobel prizes, physics and chemistry.\nVery precise.',
    });
    expect(records[1].tags).toEqual(['Other', 'Lab', 'Science', 'VIP']);
    expect(records[2]).toMatchObject({ phones: ['+1-555-0199'], notes: 'Folded line that continues here', importantDates: [{ label: 'Birthday', date: '1904-07-10' }] });
    expect(malformed).toEqual([
      { sourceRow: 4, reason: 'No name, company or email' },
      { sourceRow: 5, reason: 'The card has no END:VCARD (the file is cut short)' },
    ]);
  });
});

describe('import plan, apply and undo', () => {
  function workspaceWithAda() {
    const workspace = new Y.Doc();
    const docs = new Map<string, Y.Doc>();
    addCustomerCard(workspace, 'ada', { name: 'Ada Lovelace', company: 'Analytical Engines', owner: 'me', createdAt: 1 });
    const ada = new Y.Doc();
    createNotebook(ada, 'Existing notes');
    setProfileField(ada, 'emails', ['Ada@Engines.example']);
    setProfileField(ada, 'role', 'Countess');
    docs.set('ada', ada);
    return { workspace, docs };
  }

  it('matches by email then name and company, folds duplicate rows, merges without losing either side, and undoes everything', async () => {
    const { workspace, docs } = workspaceWithAda();
    const { records, malformed } = importCsv('hubspot-default.csv');
    const plan = planInMemory(records, workspace, docs, malformed, 'HubSpot');
    expect(plan.folded).toBe(1);
    expect(plan.merge.map((m) => [m.record.name, m.customerId, m.matchedBy])).toEqual([['Ada Lovelace', 'ada', 'email']]);
    expect(plan.create.map((r) => r.name)).toEqual(['Charles Babbage', 'Difference Ltd', 'Grace Hopper']);
    expect(plan.malformed).toEqual([{ sourceRow: 5, reason: 'No name, company or email' }]);
    expect(plan.dropped.map((p) => [p.sourceRow, p.column, p.raw])).toEqual([[6, 'Email', 'not-an-email']]);

    const progress: number[] = [];
    const undo = await applyImportPlan(plan, { ...memoryTarget(workspace, docs), chunkSize: 1, onProgress: (done) => void progress.push(done) }, 'HubSpot');
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(readAllCards(workspace).map((c) => c.name).sort()).toEqual(['Ada Lovelace', 'Charles Babbage', 'Difference Ltd', 'Grace Hopper']);
    const charles = readAllCards(workspace).find((c) => c.name === 'Charles Babbage')!;
    expect(readProfile(docs.get(charles.id)!).profile).toMatchObject({ emails: ['charles@engines.example'], role: 'Engineer' });
    const ada = docs.get('ada')!;
    expect(readProfile(ada).profile).toMatchObject({ emails: ['Ada@Engines.example'], role: 'Countess', phones: ['+44 20 7946 0001'] });
    // The differing role is kept in the role's history, the customer's own stays.
    expect(readFieldHistory(ada, 'role').map((e) => e.value)).toEqual(['Founder']);
    const text = readNotebookText(ada);
    expect(text).toContain('Existing notes');
    expect(text).toContain('Imported from HubSpot');
    expect(text).toContain('Met at the Royal Society.\n\nWants a second engine.');
    // Ada's card is from 1970; the CRM's created date is later, so "Customer since" stays.
    expect(readCardById(workspace, 'ada')!.createdAt).toBe(1);

    await undoImport(undo, memoryTarget(workspace, docs));
    expect(readAllCards(workspace).map((c) => c.name)).toEqual(['Ada Lovelace']);
    expect(readCardById(workspace, charles.id)).toBeUndefined();
    expect(readProfile(ada).profile.phones).toEqual([]);
    expect(readFieldHistory(ada, 'role')).toEqual([]);
    expect(readNotebookText(ada)).toBe('Existing notes');
  });
});
