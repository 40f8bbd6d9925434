import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset, PRESET_LABELS } from './presets';
import { recordsFromTable, type ReadOptions } from './records';
import { describeColumns } from './columns';
import { applyImportPlan, undoImport } from './apply';
import { memoryTarget, planInMemory } from './memoryTarget';
import { matchRecords, planImport, type ProblemDecision } from './plan';
import { describeChange, existingStateFromBasis, existingStateOf, type ExistingState } from './merge';
import { mergeBasisOf } from './mergeBasis';
import { importUndoSchema } from './undoSchema';
import type { ValueProblem } from './types';
import { addCustomerCard, readAllCards, readCardById } from '../model/workspaceDoc';
import { putInteraction, readInteractions, setProfileField } from '../model/customerDoc';
import { createNotebook } from '../notebook/headless';
import { formatMoney } from '../money/money';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/import', name), 'utf8');
const EN: ReadOptions = { money: { locale: 'en-US', currency: 'EUR' } };
const TODAY = '2026-02-14';

function read(text: string, options: ReadOptions = EN) {
  const table = parseCsv(text);
  const { preset, mapping } = detectPreset(table.headers);
  return { table, preset, mapping, ...recordsFromTable(table, mapping, options) };
}

/** A workspace where Ada Lovelace exists already (matched by email). */
function workspaceWithAda() {
  const workspace = new Y.Doc();
  const docs = new Map<string, Y.Doc>();
  addCustomerCard(workspace, 'ada', { name: 'Ada Lovelace', company: 'Analytical Engines', owner: 'me', createdAt: Date.UTC(2024, 0, 1) });
  const doc = new Y.Doc();
  createNotebook(doc, '');
  setProfileField(doc, 'emails', ['ada@engines.example']);
  docs.set('ada', doc);
  return { workspace, docs };
}

const purchasesOf = (doc: Y.Doc) =>
  readInteractions(doc, 'UTC')
    .items.filter((i) => i.kind === 'purchase')
    .map((i) => ({ date: i.when.kind === 'date' ? i.when.date : i.when.instant, amount: i.amount, summary: i.summary, author: i.author, imported: i.imported }));

async function importInto(workspace: Y.Doc, docs: Map<string, Y.Doc>, text: string, decide?: (p: ValueProblem) => ProblemDecision, options: ReadOptions = EN) {
  const { records, malformed, preset } = read(text, options);
  const source = PRESET_LABELS[preset];
  const plan = planInMemory(records, workspace, docs, malformed, source, decide);
  const undo = await applyImportPlan(plan, { ...memoryTarget(workspace, docs), today: TODAY }, source);
  return { plan, undo };
}

describe('amount columns: money the customer paid, read in the workspace locale, never guessed', () => {
  it('HubSpot: Total revenue is the purchase amount; Annual revenue and Recent deal amount are not, and the preview says why', () => {
    const { table, mapping, records } = read(fixture('hubspot-revenue.csv'));
    const notes = Object.fromEntries(describeColumns(table, mapping, EN).map((c) => [c.header, c.note]));
    expect(notes).toMatchObject({
      'Total Revenue': 'Purchase amount (total to date): one purchase per customer, in EUR as written in American English',
      'Annual Revenue': 'Not imported: the company’s own yearly revenue, not what it paid you',
      'Recent Deal Amount': 'Not imported: the last deal’s amount, already counted in Total revenue',
    });
    expect(records.map((r) => [r.name, r.amounts.map((a) => a.money.minor)])).toEqual([
      ['Ada Lovelace', [1325050]],
      ['Grace Hopper', [250000]],
      ['Hedy Lamarr', []],
      ['Katherine Johnson', []],
      ['Mary Jackson', []],
      ['Dorothy Vaughan', []],
      ['Alan Turing', []],
      ['Tim Berners-Lee', []],
    ]);
    expect(records[0].amounts[0]).toEqual({ column: 'Total Revenue', money: { minor: 1325050, currency: 'EUR' }, raw: '13,250.50' });
    // Ambiguous, another currency, not a number, negative: listed with row, column and raw value. Zero is no purchase.
    expect(records.flatMap((r) => r.problems).map((p) => [p.sourceRow, p.column, p.raw, p.reason])).toEqual([
      [4, 'Total Revenue', '1.250', '“1.250” is ambiguous: type 1250 (or 1,250) for the whole amount, or 1.25 for the decimal one.'],
      [5, 'Total Revenue', '$300', '“$” is not this workspace\'s currency: amounts are in EUR (Euro).'],
      [7, 'Total Revenue', 'lots', '“lots” is not an amount: type digits, such as 1,250.50.'],
      [8, 'Total Revenue', '-50', 'a negative total: not a purchase'],
    ]);
  });

  it('Total revenue in the localisations of HubSpot maps by itself; Annual revenue in them does not', () => {
    const headers: [string, string, string][] = [
      ['Record ID', 'Total Revenue', 'Annual Revenue'],
      ['ID de fiche d’informations', 'Chiffre d’affaires total', 'Chiffre d’affaires annuel'],
      ['Datensatz-ID', 'Gesamtumsatz', 'Jahresumsatz'],
      ['ID de registro', 'Ingresos totales', 'Ingresos anuales'],
      ['Post-ID', 'Total intäkt', 'Årsomsättning'],
      ['Record-ID', 'Totale omzet', 'Jaarlijkse omzet'],
      ['ID do registro', 'Receita total', 'Receita anual'],
    ];
    for (const h of headers) {
      const { preset, mapping } = detectPreset(h);
      expect([h[0], preset, h.map((x) => mapping[x])]).toEqual([h[0], 'hubspot', ['ignore', 'amount', 'ignore']]);
      const note = describeColumns(parseCsv(`${h.join(',')}\n1,2,3`), mapping)[2].note;
      expect(note).toBe('Not imported: the company’s own yearly revenue, not what it paid you');
    }
  });

  it('Pipedrive deals: a won deal’s value in the workspace currency is a purchase; open deals are not; other currencies and unknown statuses are listed', () => {
    const { preset, mapping, table, records } = read(fixture('pipedrive-deals.csv'));
    expect(preset).toBe('pipedrive-deal');
    expect(table.headers.map((h) => mapping[h])).toEqual(['ignore', 'amount', 'amountCurrency', 'ignore', 'dealStatus', 'name', 'company', 'owner', 'ignore']);
    expect(describeColumns(table, mapping, EN)[3].note).toBe('Not imported: a deal’s value times its probability, not money paid');
    expect(describeColumns(table, mapping, EN)[1].note).toContain(', won deals only');
    expect(records.map((r) => [r.name, r.company, r.owner, r.amounts.map((a) => a.money.minor)])).toEqual([
      ['Alfred Nobel', 'Bofors', 'Sven Säljare', [150000]],
      ['Alfred Nobel', 'Bofors', 'Sven Säljare', [50050]],
      ['Selma Lagerlöf', 'Mårbacka', '', []],
      ['Greta Garbo', 'MGM', '', []],
      ['Zlatan Ibrahimović', '', '', []],
      ['Ingmar Bergman', 'Dramaten', '', []],
    ]);
    expect(records.flatMap((r) => r.problems).map((p) => [p.sourceRow, p.column, p.raw, p.reason])).toEqual([
      [5, 'Deal - Value', '100', 'in USD (column “Deal - Currency”), not this workspace’s EUR: amounts are not converted'],
      [6, 'Deal - Status', 'Pending', 'not a deal status this app knows (won, open, lost, deleted): its amount is not imported'],
      [7, 'Deal - Currency', '€uro', 'not a currency code such as EUR: the amount beside it is not imported'],
    ]);
    // Two won deals of one customer: one customer, whose purchases add up.
    const plan = planInMemory(records, new Y.Doc(), new Map(), [], 'Pipedrive (deals)');
    expect(plan.folded).toBe(1);
    expect(plan.create[0].amounts).toEqual([{ column: 'Deal - Value', money: { minor: 200050, currency: 'EUR' }, raw: '1500 + 500.50' }]);
  });

  it('Pipedrive deals in Swedish, read in a Swedish workspace in kronor', () => {
    const { preset, records, table, mapping } = read(fixture('pipedrive-deals-sv.csv'), { money: { locale: 'sv-SE', currency: 'SEK' } });
    expect(preset).toBe('pipedrive-deal');
    expect(table.headers.map((h) => mapping[h])).toEqual(['ignore', 'amount', 'amountCurrency', 'ignore', 'dealStatus', 'name', 'company', 'owner']);
    expect(records.map((r) => [r.name, r.amounts.map((a) => a.money)])).toEqual([
      ['Alfred Nobel', [{ minor: 150050, currency: 'SEK' }]],
      ['Selma Lagerlöf', []],
    ]);
    expect(records.flatMap((r) => r.problems)).toEqual([]);
  });

  it('a German workspace reads 13.250,50 and refuses 1,250 (13 or 1250 euros?)', () => {
    const { records } = read('Name,Total Revenue\nA,"13.250,50"\nB,"1,250"\nC,1.250\n', { money: { locale: 'de-DE', currency: 'EUR' } });
    expect(records.map((r) => r.amounts.map((a) => a.money.minor))).toEqual([[1325050], [], [125000]]);
    expect(records[1].problems[0]).toMatchObject({ sourceRow: 3, column: 'Total Revenue', raw: '1,250' });
    expect(records[1].problems[0].reason).toMatch(/ambiguous/);
  });

  it('new and merged customers get one purchase, dated by the created date or the import day; a re-import is 0 new · N unchanged; Undo removes them', async () => {
    const { workspace, docs } = workspaceWithAda();
    const text = fixture('hubspot-revenue.csv');
    const { plan, undo } = await importInto(workspace, docs, text);
    expect(plan.create).toHaveLength(7);
    expect(plan.merge.map((m) => m.changes.filter((c) => c.kind === 'purchase').map((c) => describeChange(c)))).toEqual([['a purchase of €13,250.50 (“Total Revenue”, total to date)']]);
    expect(plan.dropped).toHaveLength(4);

    const ada = docs.get('ada')!;
    const marker = { source: 'HubSpot', column: 'Total Revenue' };
    expect(purchasesOf(ada)).toEqual([
      { date: '2020-01-05', amount: { minor: 1325050, currency: 'EUR' }, summary: 'Imported from HubSpot: “Total Revenue” 13,250.50 (total to date)', author: 'me', imported: marker },
    ]);
    const cards = readAllCards(workspace);
    const docOf = (name: string) => docs.get(cards.find((c) => c.name === name)!.id)!;
    expect(purchasesOf(docOf('Grace Hopper'))).toEqual([
      { date: '2021-03-01', amount: { minor: 250000, currency: 'EUR' }, summary: 'Imported from HubSpot: “Total Revenue” 2500 (total to date)', author: 'me', imported: marker },
    ]);
    // No created date: the import day.
    const { records } = read('Name,Email,Total Revenue\nLin,lin@x.example,99.90\n');
    const lin = await applyImportPlan(planInMemory(records, workspace, docs, [], PRESET_LABELS.generic), { ...memoryTarget(workspace, docs), today: TODAY }, PRESET_LABELS.generic);
    expect(purchasesOf(docs.get(lin.created[0])!).map((p) => [p.date, p.amount?.minor])).toEqual([[TODAY, 9990]]);
    // Rows without an amount get none.
    expect(purchasesOf(docOf('Tim Berners-Lee'))).toEqual([]);
    expect(purchasesOf(docOf('Hedy Lamarr'))).toEqual([]);

    // The undo record keeps the purchase's id (and reads back).
    const written = undo.merged[0].changes.find((c) => c.kind === 'purchase');
    expect(written).toMatchObject({ kind: 'purchase', interactionId: expect.any(String) });
    expect(importUndoSchema.parse(JSON.parse(JSON.stringify(undo)))).toEqual(undo);

    // The same file again: nothing new, nothing written.
    const again = planInMemory(read(text).records, workspace, docs, [], 'HubSpot');
    expect([again.create.length, again.merge.length, again.unchanged.length]).toEqual([0, 0, 8]);
    const before = Y.encodeStateVector(ada);
    await applyImportPlan(again, memoryTarget(workspace, docs), 'HubSpot');
    expect(Y.encodeStateVector(ada)).toEqual(before);

    await undoImport(undo, memoryTarget(workspace, docs));
    expect(purchasesOf(ada)).toEqual([]);
    expect(readAllCards(workspace).map((c) => c.name).sort()).toEqual(['Ada Lovelace', 'Lin']);
    expect(readCardById(workspace, 'ada')).toBeDefined();
  });

  it('a later export with a higher total adds the difference, dated the import day; a lower one is listed, and the row can be skipped', async () => {
    const { workspace, docs } = workspaceWithAda();
    const file = (total: string) => `Record ID,First Name,Last Name,Email,Create Date,Total Revenue,Lifecycle Stage\n1,Ada,Lovelace,ada@engines.example,2020-01-05,"${total}",customer\n`;
    await importInto(workspace, docs, file('1,000.00'));
    const { plan, undo } = await importInto(workspace, docs, file('1,500.00'));
    expect(plan.merge[0].changes.filter((c) => c.kind === 'purchase').map((c) => describeChange(c, 'de-DE'))).toEqual([
      `a purchase of ${formatMoney({ minor: 50000, currency: 'EUR' }, 'de-DE')} (“Total Revenue” is ${formatMoney({ minor: 150000, currency: 'EUR' }, 'de-DE')} to date)`,
    ]);
    const ada = docs.get('ada')!;
    expect(purchasesOf(ada).map((p) => [p.date, p.amount?.minor, p.summary])).toEqual([
      [TODAY, 50000, 'Imported from HubSpot: “Total Revenue” 1,500.00 (total to date), less what earlier imports of it added'],
      ['2020-01-05', 100000, 'Imported from HubSpot: “Total Revenue” 1,000.00 (total to date)'],
    ]);
    // Undoing the second import takes back only its difference.
    await undoImport(undo, memoryTarget(workspace, docs));
    expect(purchasesOf(ada).map((p) => p.amount?.minor)).toEqual([100000]);

    const lower = planInMemory(read(file('900.00')).records, workspace, docs, [], 'HubSpot');
    expect(lower.mergeProblems).toEqual([
      { sourceRow: 2, column: 'Total Revenue', raw: '900.00', reason: 'less than earlier imports of this column added to Ada Lovelace’s purchases: a total that went down is not read as a refund' },
    ]);
    expect(lower.dropped).toEqual(lower.mergeProblems);
    expect(lower.merge.flatMap((m) => m.changes).filter((c) => c.kind === 'purchase')).toEqual([]);
    const skipped = planInMemory(read(file('900.00')).records, workspace, docs, [], 'HubSpot', () => 'skip');
    expect([skipped.merge.length, skipped.unchanged.length, skipped.dropped.length]).toEqual([0, 0, 0]);
    expect(skipped.malformed).toEqual([{ sourceRow: 2, reason: 'Skipped: Total Revenue “900.00” is less than earlier imports of this column added to Ada Lovelace’s purchases: a total that went down is not read as a refund' }]);
  });

  it('a purchase the user changed since is theirs: Undo leaves it; purchases logged by hand are not counted as imported', async () => {
    const { workspace, docs } = workspaceWithAda();
    const ada = docs.get('ada')!;
    putInteraction(ada, 'own', { kind: 'purchase', at: '2023-05-01', summary: 'Bought by hand', sentiment: 'positive', amount: { minor: 1325050, currency: 'EUR' }, author: 'me' });
    const text = `Email,Total Revenue\nada@engines.example,"13,250.50"\n`;
    const { undo } = await importInto(workspace, docs, text);
    expect(purchasesOf(ada)).toHaveLength(2);
    const id = undo.merged[0].changes.find((c) => c.kind === 'purchase')!;
    if (id.kind !== 'purchase') throw new Error('no purchase');
    const edited = readInteractions(ada, 'UTC').items.find((i) => i.id === id.interactionId)!;
    putInteraction(ada, edited.id, { ...edited, amount: { minor: 1300000, currency: 'EUR' } });
    await undoImport(undo, memoryTarget(workspace, docs));
    expect(purchasesOf(ada).map((p) => p.amount?.minor).sort()).toEqual([1300000, 1325050]);
  });

  it('the preview through the digest (no doc decoded) plans exactly what the doc gives', async () => {
    const { workspace, docs } = workspaceWithAda();
    const text = fixture('hubspot-revenue.csv');
    await importInto(workspace, docs, text);
    const higher = text.replace('"13,250.50"', '"14,000.00"');
    const { records, malformed } = read(higher);
    const card = readCardById(workspace, 'ada')!;
    const adaRows = records.filter((r) => r.emails.includes('ada@engines.example'));
    const matching = matchRecords(adaRows, [{ card, emails: ['ada@engines.example'] }]);
    const plan = (state: ExistingState) => planImport(matching, new Map([['ada', state]]), malformed, 'HubSpot').merge.flatMap((m) => m.changes);
    const fromDoc = plan(existingStateOf(docs.get('ada')!, card));
    expect(plan(existingStateFromBasis(mergeBasisOf(docs.get('ada')!), card))).toEqual(fromDoc);
    expect(fromDoc.filter((c) => c.kind === 'purchase').map((c) => c.kind === 'purchase' && c.money.minor)).toEqual([74950]);
  });

  it('property: a total written in the workspace’s own format is imported exactly, and importing it again adds nothing', async () => {
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'sv-SE', 'nl-NL', 'pt-BR', 'es-ES'];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e11 }), fc.constantFrom(...locales), fc.constantFrom('EUR', 'SEK', 'JPY', 'USD'), async (minor, locale, currency) => {
        const options: ReadOptions = { money: { locale, currency } };
        const cell = formatMoney({ minor, currency }, locale);
        const text = `Email,Total Revenue\nada@engines.example,"${cell}"\n`;
        const { workspace, docs } = workspaceWithAda();
        const first = await importInto(workspace, docs, text, undefined, options);
        expect([cell, first.plan.dropped]).toEqual([cell, []]);
        expect(purchasesOf(docs.get('ada')!).map((p) => p.amount)).toEqual([{ minor, currency }]);
        const again = planInMemory(read(text, options).records, workspace, docs, [], PRESET_LABELS.generic);
        expect([again.merge.length, again.unchanged.length]).toEqual([0, 1]);
      }),
      { numRuns: 60 },
    );
  });
});
