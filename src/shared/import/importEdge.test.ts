import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { detectPreset } from './presets';
import { recordsFromTable } from './records';
import { parseVCards } from './vcard';
import { planInMemory } from './memoryTarget';
import * as Y from 'yjs';
import { emptyMappings, parseRememberedMappings, recallMapping, rememberMapping, MAX_REMEMBERED } from './mappings';
import { stageFromText } from './normalize';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name), 'utf8');

function importCsv(name: string) {
  const table = parseCsv(fixture(name));
  const { preset, mapping } = detectPreset(table.headers);
  return { preset, mapping, ...recordsFromTable(table, mapping) };
}

describe('HubSpot: all-properties and Spanish exports', () => {
  it('all-properties: address parts joined, both company columns, US and German dates, malformed dates listed, duplicates folded in the plan', () => {
    const { preset, records, malformed } = importCsv('hubspot-all-properties.csv');
    expect(preset).toBe('hubspot');
    expect(records.map((r) => [r.sourceRow, r.name, r.company, r.stage])).toEqual([
      [2, 'Grace Hopper', 'US Navy', 'first_purchase'],
      [3, 'Katherine Johnson', 'NASA', 'prospect'],
      [4, 'Bell Labs', 'Bell Labs', 'prospect'],
      [5, 'Grace Hopper', 'US  navy', 'advocate'],
      [6, 'Dorothy Vaughan', 'NASA', 'prospect'],
      [7, 'Mary Jackson', 'NASA', 'prospect'],
    ]);
    const [grace, katherine] = records;
    expect(grace).toMatchObject({
      emails: ['grace@navy.example'],
      phones: ['+1 202 555 0101', '+1 202 555 0199'],
      role: 'Rear Admiral',
      address: '1 Navy Way, Arlington, VA, 22202, United States',
      importantDates: [{ label: 'Birthday', date: '1906-12-09' }],
      notes: 'Asked for "COBOL" training,\nthen a follow-up in spring.',
      tags: ['CONNECTED'],
    });
    expect(katherine.importantDates).toEqual([{ label: 'Birthday', date: '1918-08-26' }]);
    expect(records[4].importantDates).toEqual([{ label: 'Birthday', date: '1910-09-20' }]);
    expect(malformed).toEqual([]);
    expect(records.flatMap((r) => r.problems)).toEqual([
      { sourceRow: 7, column: 'Date of birth', raw: 'April 9th', reason: 'not a date' },
    ]);
    expect(records[0]).toMatchObject({ owner: 'Alex Admin', createdAt: '2023-01-15' });

    const plan = planInMemory(records, new Y.Doc(), new Map(), [], 'HubSpot');
    expect(plan.folded).toBe(1);
    const folded = plan.create.find((r) => r.name === 'Grace Hopper')!;
    // Folding keeps both rows: both emails, the first stage, the notes.
    expect(folded.emails).toEqual(['grace@navy.example', 'g.hopper@home.example']);
    expect(folded.stage).toBe('first_purchase');
    expect(plan.create).toHaveLength(5);
  });

  it('Spanish export with BOM, semicolons and a quoted newline in the company', () => {
    const { preset, records, malformed } = importCsv('hubspot-es.csv');
    expect(preset).toBe('hubspot');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ name: 'José García López', company: 'García y Asociados, S.L.', role: 'Director comercial', stage: 'first_purchase', phones: ['+34 91 123 4567'], tags: ['Abierto'] });
    expect(records[1]).toMatchObject({ name: 'Lucía Fernández', company: 'Fernández\nConsultores', stage: 'prospect' });
    expect(malformed).toEqual([{ sourceRow: 4, reason: 'No name, company or email' }]);
  });

  it('maps lifecycle values of every export onto our stages', () => {
    const cases: [string, string | null][] = [
      ['subscriber', 'prospect'],
      ['lead', 'prospect'],
      ['marketingqualifiedlead', 'prospect'],
      ['Sales Qualified Lead', 'prospect'],
      ['opportunity', 'prospect'],
      ['customer', 'first_purchase'],
      ['Kunde', 'first_purchase'],
      ['evangelist', 'advocate'],
      ['', null],
      ['something else entirely', null],
    ];
    for (const [text, stage] of cases) expect([text, stageFromText(text)]).toEqual([text, stage]);
  });
});

describe('vCard edge cases', () => {
  it('ISO-8859-1 quoted-printable, escaped semicolons in ORG, lowercase names, CRLF and tab folding, mailto/tel URIs', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;Ren=E9e',
      'ORG:Smith\\; Sons;Sales',
      'TEL;HOME:+49 1',
      'TEL;CELL:+49 2',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ',
      '  AAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
      '',
      'END:VCARD',
      'begin:vcard',
      'version:4.0',
      'fn:Ada',
      '\tLovelace',
      'email;pref=1:mailto:ada@one.example',
      'EMAIL;TYPE=home:ada@two.example',
      'EMAIL:ADA@ONE.EXAMPLE',
      'ADR;LABEL="1 Main St: Door 2";TYPE=work:;;1 Main St;London;;N1;UK',
      'BDAY:18151210',
      'TITLE:Countess\\, mathematician',
      'end:vcard',
    ].join('\r\n');
    const { records, malformed } = parseVCards(text);
    expect(malformed).toEqual([]);
    expect(records[0]).toMatchObject({ name: 'Renée Müller', company: 'Smith; Sons, Sales', phones: ['+49 1', '+49 2'] });
    expect(records[1]).toMatchObject({
      name: 'AdaLovelace',
      emails: ['ada@one.example', 'ada@two.example'],
      address: '1 Main St, London, N1, UK',
      importantDates: [{ label: 'Birthday', date: '1815-12-10' }],
      role: 'Countess, mathematician',
    });
  });

  it('Apple groups label the right property only; an empty file has nothing; a card with a bad email is listed with its number', () => {
    const apple = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Steve',
      'item1.TEL:+1 408',
      'item1.X-ABLabel:_$!<Assistant>!$_',
      'item2.URL:https://apple.example',
      'item2.X-ABLabel:Blog',
      'item3.EMAIL;type=INTERNET:steve@apple.example',
      'item3.X-ABLabel:Keynotes',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Broken',
      'EMAIL:not an email',
      'END:VCARD',
    ].join('\n');
    const { records, malformed } = parseVCards(apple);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ name: 'Steve', phones: ['+1 408'], emails: ['steve@apple.example'], tags: ['Assistant', 'Keynotes'], websites: ['https://apple.example'] });
    expect(records[1].problems).toEqual([{ sourceRow: 2, column: 'EMAIL', raw: 'not an email', reason: 'not an email address' }]);
    expect(malformed).toEqual([]);
    expect(parseVCards('')).toEqual({ records: [], malformed: [] });
  });
});

describe('remembered mappings', () => {
  it('recalls a mapping for the same headers in any case, drops invalid stored data, keeps the most recent', () => {
    const headers = ['Kunde', 'Mail', 'Firma'];
    let memory = rememberMapping(emptyMappings(), headers, { Kunde: 'name', Mail: 'email', Firma: 'company' }, 1);
    expect(recallMapping(memory, ['KUNDE', 'mail', 'Firma '])).toEqual({ KUNDE: 'name', mail: 'email', 'Firma ': 'company' });
    expect(recallMapping(memory, ['Kunde', 'Mail'])).toBeUndefined();
    // Survives storage as JSON, and hostile or old data is not trusted.
    expect(parseRememberedMappings(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
    expect(parseRememberedMappings({ version: 1, entries: [{ signature: 'x', mapping: { a: 'drop table' }, usedAt: 1 }] })).toEqual(emptyMappings());
    expect(parseRememberedMappings('garbage')).toEqual(emptyMappings());
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) memory = rememberMapping(memory, [`h${i}`], { [`h${i}`]: 'notes' }, i + 2);
    expect(memory.entries).toHaveLength(MAX_REMEMBERED);
    expect(memory.entries[0].signature).toBe(`h${MAX_REMEMBERED + 4}`);
    expect(recallMapping(memory, headers)).toBeUndefined();
  });
});
