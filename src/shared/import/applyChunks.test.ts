import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv } from './csv';
import { detectPreset } from './presets';
import { recordsFromTable } from './records';
import { memoryTarget, planInMemory } from './memoryTarget';
import { applyImportPlan } from './apply';
import type { Slicer } from './slices';
import { addCustomerCard, readAllCards, stageMovesArray } from '../model/workspaceDoc';
import { readProfile, setProfileField } from '../model/customerDoc';
import { createNotebook, readNotebookText } from '../notebook/headless';

/** Seven new people and two that are already customers (matched by email). */
function setup() {
  const lines = ['First Name,Last Name,Email,Company Name,Notes'];
  for (let i = 1; i <= 7; i++) lines.push(`First${i},Last${i},person${i}@example.com,Company ${i},Note ${i}`);
  lines.push('Ada,Lovelace,ada@engines.example,Analytical Engines,Imported note', 'Grace,Hopper,grace@navy.example,Navy,Another note');
  const table = parseCsv(lines.join('\r\n'));
  const { records, malformed } = recordsFromTable(table, detectPreset(table.headers).mapping);
  const workspace = new Y.Doc();
  const docs = new Map<string, Y.Doc>();
  for (const [id, name, company, email] of [
    ['ada', 'Ada Lovelace', 'Analytical Engines', 'ada@engines.example'],
    ['grace', 'Grace Hopper', 'Navy', 'grace@navy.example'],
  ]) {
    addCustomerCard(workspace, id, { name, company, owner: 'me', createdAt: 1 });
    const doc = new Y.Doc();
    createNotebook(doc, 'Existing notes');
    setProfileField(doc, 'emails', [email]);
    docs.set(id, doc);
  }
  return { workspace, docs, plan: planInMemory(records, workspace, docs, malformed, 'HubSpot') };
}

/** A slice is up after every third question (one is asked per new customer and one after each chunk's progress). */
function everyThirdCall(): Slicer & { pauses: number } {
  let calls = 0;
  const slicer = {
    pauses: 0,
    due: () => ++calls >= 3,
    pause: async () => {
      calls = 0;
      slicer.pauses++;
    },
  };
  return slicer;
}

describe('applyImportPlan chunks', () => {
  it('ends a chunk of new customers when the slice is up, then reports progress and hands the thread back; everything is written', async () => {
    const { workspace, docs, plan } = setup();
    expect([plan.create.length, plan.merge.length]).toEqual([7, 2]);
    const slicer = everyThirdCall();
    const progress: number[] = [];
    const undo = await applyImportPlan(plan, { ...memoryTarget(workspace, docs), chunkSize: 10, createChunkSize: 10, slicer, onProgress: (done) => void progress.push(done) }, 'HubSpot');
    // Three new customers per slice (the last chunk takes what is left), then the two merges in one chunk.
    expect(progress).toEqual([3, 6, 7, 9]);
    expect(slicer.pauses).toBeGreaterThanOrEqual(2);
    expect(undo.created).toHaveLength(7);
    expect(readAllCards(workspace).map((c) => c.name).sort()).toEqual(['Ada Lovelace', ...Array.from({ length: 7 }, (_, i) => `First${i + 1} Last${i + 1}`), 'Grace Hopper'].sort());
    // Each new customer's doc was stored as its encoded state and reads back whole.
    for (const [i, id] of undo.created.entries()) {
      expect(readProfile(docs.get(id)!).profile.emails).toEqual([`person${i + 1}@example.com`]);
      expect(readNotebookText(docs.get(id)!)).toBe(`Imported from HubSpot\n\nNote ${i + 1}`);
    }
    expect(readNotebookText(docs.get('ada')!)).toContain('Imported note');
  });

  it("writes each chunk's first stage moves in one append after its cards: one log struct per chunk, the moves in the cards' order", async () => {
    const { workspace, docs, plan } = setup();
    const structs = () => {
      let n = 0;
      for (let item = stageMovesArray(workspace)._start; item; item = item.right) n++;
      return n;
    };
    const before = structs();
    const undo = await applyImportPlan(plan, { ...memoryTarget(workspace, docs), chunkSize: 10, createChunkSize: 3 }, 'HubSpot');
    // Seven new customers in chunks of 3, 3 and 1 (a move appended after each card would be seven).
    expect(structs() - before).toBe(3);
    const moves = stageMovesArray(workspace).toArray() as { customerId: string; stage: string }[];
    expect(moves.slice(-7).map((m) => [m.customerId, m.stage])).toEqual(undo.created.map((id) => [id, 'prospect']));
  });

  it('without a slicer, new customers come createChunkSize at a time', async () => {
    const { workspace, docs, plan } = setup();
    const progress: number[] = [];
    await applyImportPlan(plan, { ...memoryTarget(workspace, docs), chunkSize: 1, createChunkSize: 4, onProgress: (done) => void progress.push(done) }, 'HubSpot');
    expect(progress).toEqual([4, 7, 8, 9]);
  });
});
