import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset } from './presets';
import { recordsFromTable } from './records';
import { applyImportPlan, undoImport } from './apply';
import { memoryTarget, planInMemory } from './memoryTarget';
import { describeKeptMembers } from './undoMembers';
import { importUndoSchema } from './undoSchema';
import { addCustomerCard, readAllCards, setCardField } from '../model/workspaceDoc';
import { putFollowUp, putInteraction } from '../model/customerDoc';
import { readMembers, upsertMember } from '../model/members';
import { createNotebook } from '../notebook/headless';
import { digestCustomerDoc } from '../model/digest';

/** A HubSpot file naming two owners the workspace does not know. */
const FILE = [
  'Record ID,First Name,Last Name,Email,Company Name,Contact owner',
  '1,Astrid,Lindgren,astrid@bullerbyn.example,Rabén & Sjögren,Karin Säljare',
  '2,Greta,Garbo,greta@film.example,MGM,Dana Smith',
].join('\n');

function workspaceWithRobin() {
  const workspace = new Y.Doc();
  const docs = new Map<string, Y.Doc>();
  upsertMember(workspace, 'robin', { name: 'Robin', color: '#1d4ed8' }, 1);
  addCustomerCard(workspace, 'ada', { name: 'Ada Lovelace', company: 'Analytical Engines', owner: 'robin', createdAt: 1 });
  const ada = new Y.Doc();
  createNotebook(ada, '');
  docs.set('ada', ada);
  return { workspace, docs };
}

async function importFile(workspace: Y.Doc, docs: Map<string, Y.Doc>, text = FILE) {
  const table = parseCsv(text);
  const { records, malformed } = recordsFromTable(table, detectPreset(table.headers).mapping);
  return applyImportPlan(planInMemory(records, workspace, docs, malformed, 'HubSpot'), memoryTarget(workspace, docs, 'robin'), 'HubSpot');
}

/** Member names, sorted (members who joined in the same instant are ordered by their random ids). */
const names = (workspace: Y.Doc) => readMembers(workspace).map((m) => m.name).sort();

describe('Undo import removes the members the import added, unless something refers to them now', () => {
  it('owners the import added are members until Undo, then gone; the undo record keeps them (and reads back)', async () => {
    const { workspace, docs } = workspaceWithRobin();
    const undo = await importFile(workspace, docs);
    expect(names(workspace)).toEqual(['Dana Smith', 'Karin Säljare', 'Robin']);
    expect(undo.members).toHaveLength(2);
    expect(importUndoSchema.parse(JSON.parse(JSON.stringify(undo))).members).toEqual(undo.members);
    // Records written before members were kept parse too.
    expect(importUndoSchema.safeParse({ ...undo, members: undefined }).success).toBe(true);

    const { members } = await undoImport(undo, memoryTarget(workspace, docs));
    expect(names(workspace)).toEqual(['Robin']);
    expect(members.removed.map((m) => m.name).sort()).toEqual(['Dana Smith', 'Karin Säljare']);
    expect(members.kept).toEqual([]);
    expect(describeKeptMembers(members)).toBe('');
  });

  it('a member now owning another customer, assigned a follow-up, or named as an interaction’s author is kept, and the message says why', async () => {
    const { workspace, docs } = workspaceWithRobin();
    const undo = await importFile(workspace, docs);
    const id = (name: string) => readMembers(workspace).find((m) => m.name === name)!.id;
    // Since the import: Karin owns Ada, Dana has a follow-up on Ada and logged a call.
    setCardField(workspace, 'ada', 'owner', id('Karin Säljare'));
    const ada = docs.get('ada')!;
    putFollowUp(ada, 'f1', { due: '2026-01-10', text: 'Call back', assignee: id('Dana Smith'), done: false });
    putInteraction(ada, 'i1', { kind: 'call', at: '2026-01-02', summary: 'Call', sentiment: 'neutral', amount: null, author: id('Dana Smith') });

    const { members } = await undoImport(undo, memoryTarget(workspace, docs));
    expect(readAllCards(workspace).map((c) => c.name)).toEqual(['Ada Lovelace']);
    expect(names(workspace)).toEqual(['Dana Smith', 'Karin Säljare', 'Robin']);
    expect(members.removed).toEqual([]);
    expect(members.kept.map((k) => describeKeptMembers({ removed: [], kept: [k] })).sort()).toEqual([
      'Kept Dana Smith, whom the import added: assigned follow-ups of 1 customer; logged interactions of 1 customer.',
      'Kept Karin Säljare, whom the import added: owner of 1 customer.',
    ]);
  });

  it('a member a later import matched (its customers own them) is kept by the first Undo and goes with the second', async () => {
    const { workspace, docs } = workspaceWithRobin();
    const first = await importFile(workspace, docs);
    const second = await importFile(workspace, docs, ['Record ID,First Name,Last Name,Email,Contact owner', '9,Selma,Lagerlöf,selma@marbacka.example,karin saljare'].join('\n'));
    expect(second.members ?? []).toEqual([]);
    const { members } = await undoImport(first, memoryTarget(workspace, docs));
    // Selma's card is hers, and so its first stage move.
    expect(members.kept.map((k) => [k.member.name, k.refs])).toEqual([['Karin Säljare', ['owner of 1 customer', 'named in the stage history of 1 customer']]]);
    expect(names(workspace)).toEqual(['Karin Säljare', 'Robin']);
    // The second import's Undo added no member, so Karin stays: she was not its to remove.
    await undoImport(second, memoryTarget(workspace, docs));
    expect(names(workspace)).toEqual(['Karin Säljare', 'Robin']);
  });

  it('when the customer docs cannot all be read, the members are kept (nothing shows as Unknown member)', async () => {
    const { workspace, docs } = workspaceWithRobin();
    const undo = await importFile(workspace, docs);
    const { peopleInDocs: _none, ...target } = memoryTarget(workspace, docs);
    const { members } = await undoImport(undo, target);
    expect(names(workspace)).toEqual(['Dana Smith', 'Karin Säljare', 'Robin']);
    expect(members.kept[0].refs).toEqual(['perhaps named by 1 customer whose details are not on this device yet']);
  });

  it('the digest keeps who a doc names, so the app checks without decoding docs', () => {
    const doc = new Y.Doc();
    putFollowUp(doc, 'f1', { due: '2026-01-10', text: 'Call back', assignee: 'dana', done: false });
    putInteraction(doc, 'i1', { kind: 'call', at: '2026-01-02', summary: 'Call', sentiment: 'neutral', amount: null, author: 'robin' });
    expect(digestCustomerDoc('c', doc).people).toEqual({ authors: ['robin'], assignees: ['dana'], editors: [] });
  });
});
