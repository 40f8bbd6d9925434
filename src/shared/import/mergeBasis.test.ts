import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset } from './presets';
import { recordsFromTable } from './records';
import { matchRecords, planImport } from './plan';
import { existingStateFromBasis, existingStateOf, type ExistingState } from './merge';
import { hash53, isMergeBasis } from './mergeBasis';
import { applyImportPlan } from './apply';
import { memoryTarget } from './memoryTarget';
import { addCustomerCard, readAllCards } from '../model/workspaceDoc';
import { setProfileField } from '../model/customerDoc';
import { digestCustomerDoc } from '../model/digest';
import { createNotebook } from '../notebook/headless';

const CSV = [
  'First Name,Last Name,Email,Job Title,Lifecycle Stage,Contact owner,Create Date,Notes',
  'Astrid,Lindgren,astrid@bullerbyn.example,Författare,customer,Karin Säljare,2019-04-02,"Our own notes.\nMet at the fair.\n  MET AT the fair. "',
  'Greta,Garbo,greta@film.example,Actress,lead,,2020-01-01,A new one',
].join('\n');

function workspace() {
  const ws = new Y.Doc();
  const docs = new Map<string, Y.Doc>();
  addCustomerCard(ws, 'astrid', { name: 'Astrid Lindgren', company: '', owner: 'Me', createdAt: Date.UTC(2023, 0, 1) });
  const doc = new Y.Doc();
  createNotebook(doc, 'Our own notes.');
  setProfileField(doc, 'emails', ['ASTRID@bullerbyn.example']);
  setProfileField(doc, 'role', 'Barnboksförfattare');
  docs.set('astrid', doc);
  return { ws, docs };
}

/** The plan as the preview makes it, from each customer's doc or from its digest. */
function plan(ws: Y.Doc, docs: Map<string, Y.Doc>, from: 'doc' | 'digest') {
  const table = parseCsv(CSV);
  const { records, malformed } = recordsFromTable(table, detectPreset(table.headers).mapping);
  const cards = readAllCards(ws);
  const matching = matchRecords(records, cards.map((card) => ({ card, emails: digestCustomerDoc(card.id, docs.get(card.id)!).emails ?? [] })));
  const states = new Map<string, ExistingState>();
  for (const { customerId } of matching.matches) {
    const card = cards.find((c) => c.id === customerId)!;
    const doc = docs.get(customerId)!;
    const basis = digestCustomerDoc(customerId, doc).merge;
    if (from === 'digest' && !isMergeBasis(basis)) throw new Error('no basis in the digest');
    states.set(customerId, from === 'doc' ? existingStateOf(doc, card) : existingStateFromBasis(basis!, card));
  }
  return planImport(matching, states, malformed, 'HubSpot');
}

describe('the merge basis in a digest', () => {
  it('plans exactly what the customer docs plan, and a re-import from it is unchanged (notebook lines and history entries known)', async () => {
    const { ws, docs } = workspace();
    const first = plan(ws, docs, 'digest');
    expect(first).toEqual(plan(ws, docs, 'doc'));
    // The line already in the notebook is not added again; the differing role goes to the history.
    expect(first.merge[0].changes).toEqual(expect.arrayContaining([{ kind: 'notes', lines: ['Met at the fair.', 'MET AT the fair.', 'Owner in HubSpot: Karin Säljare', 'Stage in HubSpot: First purchase'] }]));
    expect(first.merge[0].changes.map((c) => c.kind)).toEqual(['history', 'customerSince', 'notes']);
    await applyImportPlan(first, memoryTarget(ws, docs, 'Me'), 'HubSpot');

    const again = plan(ws, docs, 'digest');
    expect(again).toEqual(plan(ws, docs, 'doc'));
    expect([again.create.length, again.merge.length, again.unchanged.length]).toEqual([0, 0, 2]);
  });

  it('a stored basis of another shape is not used', () => {
    expect(isMergeBasis(undefined)).toBe(false);
    expect(isMergeBasis({ profile: {}, notebook: [], history: [] })).toBe(false);
    const profile = { emails: [], phones: [], role: '', address: '', importantDates: [], customFields: {} };
    // A basis built before imported purchases were kept in it is read from the doc instead (else a re-import would add them again).
    expect(isMergeBasis({ profile, notebook: new Float64Array(), history: new Float64Array() })).toBe(false);
    expect(isMergeBasis({ profile, notebook: new Float64Array(), history: new Float64Array(), purchases: { x: 1.5 } })).toBe(false);
    expect(isMergeBasis({ profile, notebook: new Float64Array(), history: new Float64Array(), purchases: {} })).toBe(true);
  });

  it('hashes are exact doubles that tell lines apart', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const hashes = new Set(lines.map(hash53));
    expect(hashes.size).toBe(lines.length);
    for (const h of hashes) expect(Number.isSafeInteger(h)).toBe(true);
  });
});
