import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset } from './presets';
import { recordsFromTable } from './records';
import { parseVCards } from './vcard';
import { describeColumns } from './columns';
import { applyImportPlan, undoImport } from './apply';
import { memoryTarget, planInMemory } from './memoryTarget';
import { addCustomerCard, readAllCards, readCardById } from '../model/workspaceDoc';
import { readFieldHistory, readProfile, setProfileField } from '../model/customerDoc';
import { createNotebook, readNotebookText } from '../notebook/headless';
import { peopleDirectory, personName, readMembers } from '../model/members';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name), 'utf8');

function importCsv(name: string) {
  const table = parseCsv(fixture(name));
  const { preset, mapping } = detectPreset(table.headers);
  return { table, preset, mapping, ...recordsFromTable(table, mapping) };
}

describe('localised exports are recognised without mapping by hand', () => {
  it('HubSpot in Swedish: lifecycle values (Kund is a customer), owner, created date, an impossible date and a bad phone listed', () => {
    const { preset, records, table, mapping } = importCsv('hubspot-sv.csv');
    expect(preset).toBe('hubspot');
    expect(records.map((r) => [r.name, r.company, r.stage, r.owner, r.createdAt])).toEqual([
      ['Astrid Lindgren', 'Rabén & Sjögren', 'first_purchase', 'Karin Säljare', '2019-04-02'],
      ['Greta Garbo', 'MGM', 'prospect', '', null],
      ['Ingmar Bergman', 'Svensk Filmindustri', 'advocate', 'Karin Säljare', '2020-01-10'],
      ['Zlatan Ibrahimović', '', null, '', null],
    ]);
    // Multi-line notes keep their lines.
    expect(records[0].notes).toBe('Första raden.\nAndra raden.\n\nTredje, efter en tom rad.');
    expect(records.flatMap((r) => r.problems)).toEqual([
      { sourceRow: 3, column: 'Skapat datum', raw: '2024-02-30', reason: 'not a date' },
      { sourceRow: 5, column: 'Telefonnummer', raw: 'inte ett nummer', reason: 'not a phone number' },
      { sourceRow: 5, column: 'Livscykelfas', raw: 'Kundtjänst', reason: 'not a lifecycle stage this app knows (the customer would start as Prospect)' },
    ]);
    const notes = describeColumns(table, mapping);
    expect(notes.map((c) => [c.header, c.note])).toEqual([
      ['Post-ID', 'Not imported: the other system’s record id, which means nothing here'],
      ['Förnamn', 'First name'],
      ['Efternamn', 'Last name'],
      ['E-post', 'Email'],
      ['Telefonnummer', 'Phone'],
      ['Företagsnamn', 'Company'],
      ['Jobbtitel', 'Role / job title'],
      ['Livscykelfas', 'Stage / lifecycle'],
      ['Kontaktägare', 'Owner (matched to a member by name or email; others become members)'],
      ['Skapat datum', 'Customer since (created)'],
      ['Anteckningar', 'Notes'],
    ]);
  });

  it('HubSpot in Dutch (semicolons, day-first dates) and Portuguese', () => {
    const nl = importCsv('hubspot-nl.csv');
    expect(nl.preset).toBe('hubspot');
    expect(nl.records.map((r) => [r.name, r.stage, r.owner, r.createdAt])).toEqual([
      ['Anne Frank', 'first_purchase', 'Piet Verkoper', '2021-03-15'],
      ['Vincent van Gogh', 'prospect', '', null],
      ['Johan Cruijff', 'prospect', '', '2020-07-01'],
    ]);
    expect(nl.records[1].problems).toEqual([{ sourceRow: 3, column: 'Aanmaakdatum', raw: '31-02-2022', reason: 'not a date' }]);
    const pt = importCsv('hubspot-pt.csv');
    expect(pt.preset).toBe('hubspot');
    expect(pt.records.map((r) => [r.name, r.company, r.role, r.stage, r.owner])).toEqual([
      ['Amália Rodrigues', 'Fado Lda', 'Cantora', 'first_purchase', 'Rui Vendas'],
      ['Eusébio Ferreira', 'Benfica', '', 'prospect', ''],
      ['Fernando Pessoa', '', 'Poeta', 'advocate', ''],
    ]);
  });

  it('HubSpot and Pipedrive header sets in en, fr, de, es, sv, nl, pt map every column', () => {
    const hubspot: string[][] = [
      ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'Lifecycle Stage', 'Contact owner', 'Create Date'],
      ['ID de fiche d’informations', 'Prénom', 'Nom', 'E-mail', 'Numéro de téléphone', 'Nom de l’entreprise', 'Intitulé du poste', 'Phase du cycle de vie', 'Propriétaire du contact', 'Date de création'],
      ['Datensatz-ID', 'Vorname', 'Nachname', 'E-Mail', 'Telefonnummer', 'Name des Unternehmens', 'Jobtitel', 'Lebenszyklusphase', 'Kontaktinhaber', 'Erstellungsdatum'],
      ['ID de registro', 'Nombre', 'Apellidos', 'Correo', 'Número de teléfono', 'Nombre de la empresa', 'Cargo', 'Etapa del ciclo de vida', 'Propietario del contacto', 'Fecha de creación'],
      ['Post-ID', 'Förnamn', 'Efternamn', 'E-post', 'Telefonnummer', 'Företagsnamn', 'Jobbtitel', 'Livscykelfas', 'Kontaktägare', 'Skapat datum'],
      ['Record-ID', 'Voornaam', 'Achternaam', 'E-mail', 'Telefoonnummer', 'Bedrijfsnaam', 'Functie', 'Levenscyclusfase', 'Contacteigenaar', 'Aanmaakdatum'],
      ['ID do registro', 'Nome', 'Sobrenome', 'E-mail', 'Número de telefone', 'Nome da empresa', 'Cargo', 'Fase do ciclo de vida', 'Proprietário do contato', 'Data de criação'],
    ];
    const expected = ['ignore', 'firstName', 'lastName', 'email', 'phone', 'company', 'role', 'stage', 'owner', 'createdAt'];
    for (const headers of hubspot) {
      const { preset, mapping } = detectPreset(headers);
      expect([headers[0], preset, headers.map((h) => mapping[h])]).toEqual([headers[0], 'hubspot', expected]);
    }
    const pipedrive: string[][] = [
      ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Label', 'Person - Owner'],
      ['Personne - Nom', 'Personne - Organisation', 'Personne - E-mail - Travail', 'Personne - Téléphone - Travail', 'Personne - Étiquette', 'Personne - Propriétaire'],
      ['Person - Name', 'Person - Organisation', 'Person - E-Mail - Arbeit', 'Person - Telefon - Arbeit', 'Person - Label', 'Person - Besitzer'],
      ['Persona - Nombre', 'Persona - Organización', 'Persona - Correo electrónico - Trabajo', 'Persona - Teléfono - Trabajo', 'Persona - Etiqueta', 'Persona - Propietario'],
      ['Person - Namn', 'Person - Organisation', 'Person - E-post - Arbete', 'Person - Telefon - Arbete', 'Person - Etikett', 'Person - Ägare'],
      ['Persoon - Naam', 'Persoon - Organisatie', 'Persoon - E-mail - Werk', 'Persoon - Telefoon - Werk', 'Persoon - Label', 'Persoon - Eigenaar'],
      ['Pessoa - Nome', 'Pessoa - Organização', 'Pessoa - E-mail - Trabalho', 'Pessoa - Telefone - Trabalho', 'Pessoa - Etiqueta', 'Pessoa - Proprietário'],
    ];
    for (const headers of pipedrive) {
      const { preset, mapping } = detectPreset(headers);
      expect([headers[0], preset, headers.map((h) => mapping[h])]).toEqual([headers[0], 'pipedrive-person', ['name', 'company', 'email', 'phone', 'tags', 'owner']]);
    }
  });

  it('Pipedrive in Swedish and French: labels that name a stage set it (Kund, Client), owner and added date kept', () => {
    const sv = importCsv('pipedrive-sv.csv');
    expect(sv.preset).toBe('pipedrive-person');
    expect(sv.records.map((r) => [r.name, r.company, r.stage, r.tags, r.owner, r.createdAt])).toEqual([
      ['Alfred Nobel', 'Bofors', 'first_purchase', ['Kund'], 'Sven Säljare', '2015-03-01'],
      ['Selma Lagerlöf', 'Mårbacka', 'prospect', ['Het lead'], '', '2016-05-20'],
    ]);
    const fr = importCsv('pipedrive-fr.csv');
    expect(fr.records[0]).toMatchObject({ name: 'Marie Curie', company: 'Institut du Radium', stage: 'first_purchase', owner: 'Paul Vendeur', createdAt: '2014-11-07', phones: ['+33 1 23 45'] });
  });
});

describe('Google Contacts: labels, dates and websites in both header families', () => {
  it('current family: labelled events, an impossible event date listed, website, labels, notes with their lines', () => {
    const { preset, records, mapping } = importCsv('google-events.csv');
    expect(preset).toBe('google');
    expect(mapping['Event 1 - Label']).toBe('dateLabel');
    expect(records[0]).toMatchObject({
      name: 'Hedy Lamarr',
      emails: ['hedy@example.com'],
      phones: ['+1 310 555 0100'],
      tags: ['Inventors'],
      websites: ['https://www.hedy.example'],
      importantDates: [{ label: 'first order', date: '2021-06-01' }],
      notes: 'Frequency hopping.\nAlso films.',
    });
    expect(records[0].problems).toEqual([{ sourceRow: 2, column: 'Event 2 - Value', raw: '2022-13-01', reason: 'not a date' }]);
  });

  it('older family: "Type" columns label the events; Group Membership is the labels', () => {
    const { preset, records } = importCsv('google-old-events.csv');
    expect(preset).toBe('google');
    expect(records[0]).toMatchObject({
      name: 'Grace Hopper',
      tags: ['Navy'],
      websites: ['https://grace.example'],
      importantDates: [{ label: 'first order', date: '1944-07-01' }],
      notes: 'Found a moth.\nKept it.',
    });
  });
});

describe('vCard keeps everything', () => {
  it('Apple labelled dates (first order, a yearless anniversary), URLs, NOTE, ORG, TITLE, CATEGORIES; 2.1 quoted-printable and charsets, 3.0 base64, folding; bad values listed', () => {
    const { records, malformed } = parseVCards(fixture('apple.vcf'));
    expect(malformed).toEqual([]);
    expect(records[0]).toMatchObject({
      name: 'Laurene Powell Jobs',
      company: 'Emerson Collective',
      role: 'Founder',
      emails: ['laurene@emerson.example'],
      importantDates: [
        { label: 'first order', date: '2019-05-04' },
        { label: 'Anniversary', date: '1904-11-20' },
      ],
      websites: ['https://emerson.example', 'https://www.second.example'],
      notes: 'First line\nSecond line',
      tags: ['Philanthropy', 'VIP'],
    });
    expect(records[0].problems).toEqual([{ sourceRow: 1, column: 'item4.X-ABDATE (renewal)', raw: '2024-02-30', reason: 'not a date' }]);
    expect(records[1]).toMatchObject({ name: 'François Garçon', notes: 'Première ligne\nSeconde ligne', websites: ['http://garcon.example'] });
    expect(records[2]).toMatchObject({ name: 'Base Sixty-Four', notes: 'Grüße\nzweite Zeile', role: 'Very long title that is folded across two lines' });
    expect(records[3]).toMatchObject({ importantDates: [{ label: 'Anniversary', date: '2010-06-12' }], websites: [] });
    expect(records[3].problems.map((p) => [p.column, p.raw])).toEqual([
      ['BDAY', 'circa 1800'],
      ['URL', 'javascript:alert(1)'],
    ]);
  });
});

describe('merging keeps both sides, and a re-import changes nothing', () => {
  function workspaceWithLindgren() {
    const workspace = new Y.Doc();
    const docs = new Map<string, Y.Doc>();
    // Ours since 2023: the CRM has her since 2019.
    addCustomerCard(workspace, 'astrid', { name: 'Astrid Lindgren', company: 'Rabén & Sjögren', owner: 'Me', createdAt: Date.UTC(2023, 0, 1), tags: ['Author'] });
    const doc = new Y.Doc();
    createNotebook(doc, 'Our own notes.');
    setProfileField(doc, 'emails', ['ASTRID@bullerbyn.example']);
    setProfileField(doc, 'phones', ['+4681234 5']);
    setProfileField(doc, 'role', 'Barnboksförfattare');
    docs.set('astrid', doc);
    return { workspace, docs };
  }

  it('fills what the customer lacks, keeps differing values in the field history, earlier created date becomes Customer since; undo takes exactly that back', async () => {
    const { workspace, docs } = workspaceWithLindgren();
    const { records, malformed } = importCsv('hubspot-sv.csv');
    const plan = planInMemory(records, workspace, docs, malformed, 'HubSpot');
    expect(plan.create.map((r) => r.name)).toEqual(['Greta Garbo', 'Ingmar Bergman', 'Zlatan Ibrahimović']);
    const [merge] = plan.merge;
    // The phone is the same number written differently: not announced.
    expect(merge.changes.map((c) => c.kind)).toEqual(['history', 'customerSince', 'notes']);
    const undo = await applyImportPlan(plan, memoryTarget(workspace, docs, 'Me'), 'HubSpot');

    const astrid = docs.get('astrid')!;
    expect(readProfile(astrid).profile).toMatchObject({ emails: ['ASTRID@bullerbyn.example'], phones: ['+4681234 5'], role: 'Barnboksförfattare' });
    expect(readFieldHistory(astrid, 'role').map((e) => [e.value, e.by])).toEqual([['Författare', 'Me (import from HubSpot)']]);
    expect(readCardById(workspace, 'astrid')!.createdAt).toBe(Date.UTC(2019, 3, 2, 12));
    expect(readNotebookText(astrid)).toBe(
      ['Our own notes.', 'Imported from HubSpot', 'Första raden.', 'Andra raden.', 'Tredje, efter en tom rad.', 'Owner in HubSpot: Karin Säljare', 'Stage in HubSpot: First purchase'].join('\n\n'),
    );
    // New customers: the owner column is the card's owner, the created date its Customer since, lines kept as paragraphs.
    const ingmar = readAllCards(workspace).find((c) => c.name === 'Ingmar Bergman')!;
    expect([personName(ingmar.owner, peopleDirectory(readMembers(workspace))), ingmar.createdAt, ingmar.stage]).toEqual(['Karin Säljare', Date.UTC(2020, 0, 10, 12), 'advocate']);
    expect(readAllCards(workspace).find((c) => c.name === 'Greta Garbo')!.owner).toBe('Me');

    await undoImport(undo, memoryTarget(workspace, docs));
    expect(readAllCards(workspace).map((c) => c.name)).toEqual(['Astrid Lindgren']);
    expect(readCardById(workspace, 'astrid')!.createdAt).toBe(Date.UTC(2023, 0, 1));
    expect(readFieldHistory(astrid, 'role')).toEqual([]);
    expect(readNotebookText(astrid)).toBe('Our own notes.');
  });

  it('a merge fills a missing birthday, label, address and website; a different birthday goes to the history', async () => {
    const workspace = new Y.Doc();
    const docs = new Map<string, Y.Doc>();
    addCustomerCard(workspace, 'hedy', { name: 'Hedy Lamarr', company: '', owner: 'Me', createdAt: 1 });
    const doc = new Y.Doc();
    createNotebook(doc, '');
    setProfileField(doc, 'emails', ['hedy@example.com']);
    setProfileField(doc, 'importantDates', [{ label: 'Birthday', date: '1914-11-09' }]);
    docs.set('hedy', doc);
    const text = 'First Name,Last Name,E-mail 1 - Value,Birthday,Labels,Address 1 - Formatted,Website 1 - Value,Event 1 - Label,Event 1 - Value\nHedy,Lamarr,hedy@example.com,1914-11-10,Inventors,Vienna,hedy.example,first order,2021-06-01\n';
    const table = parseCsv(text);
    const { records } = recordsFromTable(table, detectPreset(table.headers).mapping);
    const plan = planInMemory(records, workspace, docs, [], 'Google Contacts');
    await applyImportPlan(plan, memoryTarget(workspace, docs), 'Google Contacts');
    const { profile } = readProfile(doc);
    expect(profile.importantDates).toEqual([
      { label: 'Birthday', date: '1914-11-09' },
      { label: 'first order', date: '2021-06-01' },
    ]);
    expect(readFieldHistory(doc, 'importantDates').map((e) => e.value)).toEqual([[{ label: 'Birthday', date: '1914-11-10' }]]);
    expect(profile.address).toBe('Vienna');
    expect(profile.customFields).toEqual({ Website: 'https://hedy.example' });
    expect(readCardById(workspace, 'hedy')!.tags).toEqual(['Inventors']);
  });

  it('the same file imported twice: the second preview is 0 new · N unchanged and writes nothing', async () => {
    for (const name of ['hubspot-sv.csv', 'google-events.csv', 'pipedrive-fr.csv', 'hubspot-default.csv']) {
      const { workspace, docs } = workspaceWithLindgren();
      const { records, malformed } = importCsv(name);
      const first = planInMemory(records, workspace, docs, malformed, 'X');
      await applyImportPlan(first, memoryTarget(workspace, docs), 'X');
      const before = new Map([...docs].map(([id, d]) => [id, Y.encodeStateVector(d)]));
      const workspaceBefore = Y.encodeStateVector(workspace);
      const second = planInMemory(records, workspace, docs, malformed, 'X');
      expect([name, second.create.length, second.merge.map((m) => m.changes)]).toEqual([name, 0, []]);
      expect(second.unchanged.length).toBe(first.create.length + first.merge.length + first.unchanged.length);
      await applyImportPlan(second, memoryTarget(workspace, docs), 'X');
      expect(Y.encodeStateVector(workspace)).toEqual(workspaceBefore);
      for (const [id, d] of docs) expect([id, Y.encodeStateVector(d)]).toEqual([id, before.get(id)]);
    }
  });

  it('a value the user chose to skip for skips its row; dropped values are counted, never hidden', () => {
    const { records, malformed } = importCsv('hubspot-sv.csv');
    const dropAll = planInMemory(records, new Y.Doc(), new Map(), malformed, 'HubSpot');
    expect([dropAll.create.length, dropAll.malformed.length, dropAll.dropped.length]).toEqual([4, 0, 3]);
    const skipDates = planInMemory(records, new Y.Doc(), new Map(), malformed, 'HubSpot', (p) => (p.reason === 'not a date' ? 'skip' : 'drop'));
    expect(skipDates.create.map((r) => r.name)).toEqual(['Astrid Lindgren', 'Ingmar Bergman', 'Zlatan Ibrahimović']);
    expect(skipDates.malformed).toEqual([{ sourceRow: 3, reason: 'Skipped: Skapat datum “2024-02-30” is not a date' }]);
    expect(skipDates.dropped).toHaveLength(2);
  });
});
