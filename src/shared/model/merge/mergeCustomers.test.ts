import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import fc from 'fast-check';
import { followUpsMap, interactionsMap, profileMap, readFieldHistory } from '../customerDoc';
import { addCustomerCard, appendStageMoves, readCardById, setCardField } from '../workspaceDoc';
import { appendNotebookMarkdown, createNotebook } from '../../notebook/headless';
import { INTERACTION_KINDS } from '../schemas';
import { STAGES } from '../../stages';
import { mergeCustomers, foldMerged } from './mergeCustomers';
import { undoMerge } from './undoMerge';
import { notebookBlockTexts } from './mergeNotebook';

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const idPool = fc.constantFrom('x1', 'x2', 'x3', 'x4', 'x5', 'x6');

const interaction = fc.record({
  kind: fc.constantFrom(...INTERACTION_KINDS),
  at: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
  summary: sentence,
  sentiment: fc.constantFrom('positive', 'neutral', 'negative'),
  amount: fc.constant(null),
  author: fc.constantFrom('m1', 'm2', 'Me'),
});
const followUp = fc.record({
  due: fc.constantFrom('2026-01-02', '2026-05-06', '2027-03-04'),
  text: sentence,
  assignee: fc.constantFrom('m1', 'm2'),
  done: fc.boolean(),
});
const email = fc.constantFrom('ada@acme.test', 'ADA@acme.test', 'bob@acme.test', 'c@d.test');

const side = fc.record({
  interactions: fc.uniqueArray(fc.tuple(idPool, interaction), { selector: ([id]) => id, maxLength: 5 }),
  followUps: fc.uniqueArray(fc.tuple(idPool, followUp), { selector: ([id]) => id, maxLength: 3 }),
  likes: fc.option(sentence, { nil: undefined }),
  role: fc.option(fc.constantFrom('CEO', 'CTO', ''), { nil: undefined }),
  emails: fc.option(fc.uniqueArray(email, { maxLength: 3 }), { nil: undefined }),
  custom: fc.option(fc.dictionary(fc.constantFrom('size', 'region', 'plan'), word, { maxKeys: 2 }), { nil: undefined }),
  paragraphs: fc.array(sentence, { maxLength: 4 }),
  tags: fc.uniqueArray(fc.constantFrom('vip', 'eu', 'trial', 'partner'), { maxLength: 3 }),
  moves: fc.array(fc.tuple(fc.constantFrom(...STAGES), fc.integer({ min: 1, max: 1000 })), { maxLength: 3 }),
});
type Side = typeof side extends fc.Arbitrary<infer T> ? T : never;

/** fast-check builds objects without a prototype, which Yjs does not store: they are copied. */
function customer(workspace: Y.Doc, id: string, name: string, s: Side): Y.Doc {
  addCustomerCard(workspace, id, { name, company: 'Acme', owner: 'm1', tags: s.tags, createdAt: 1_000 });
  appendStageMoves(workspace, s.moves.map(([stage, t]) => ({ customerId: id, stage, at: 1_000 + t, by: 'm2' })));
  const doc = new Y.Doc();
  createNotebook(doc, s.paragraphs.join('\n\n'));
  for (const [key, value] of s.interactions) interactionsMap(doc).set(key, { ...value });
  for (const [key, value] of s.followUps) followUpsMap(doc).set(key, { ...value });
  if (s.likes !== undefined) profileMap(doc).set('likes', s.likes);
  if (s.role !== undefined) profileMap(doc).set('role', s.role);
  if (s.emails !== undefined) profileMap(doc).set('emails', s.emails);
  if (s.custom !== undefined) profileMap(doc).set('customFields', { ...s.custom });
  return doc;
}

const values = (map: Y.Map<unknown>) => new Set([...map.values()].map((v) => JSON.stringify(v)));
const norm = (e: string) => e.toLowerCase();

/** Everything the kept customer shows, to compare before a merge and after its undo. */
function snapshot(workspace: Y.Doc, id: string, doc: Y.Doc) {
  const card = readCardById(workspace, id)!;
  return {
    interactions: interactionsMap(doc).toJSON(),
    followUps: followUpsMap(doc).toJSON(),
    profile: profileMap(doc).toJSON(),
    history: doc.getArray('profileHistory').toJSON(),
    notebook: notebookBlockTexts(doc),
    tags: card.tags,
    stages: card.stageHistory,
    archived: card.archived,
  };
}

function setUp(a: Side, b: Side) {
  const workspace = new Y.Doc();
  const kept = customer(workspace, 'kept', 'Ada Lovelace', a);
  const other = customer(workspace, 'other', 'Ada Lovelace', b);
  return { workspace, kept, other, parties: { workspace, keptId: 'kept', kept, otherId: 'other', other } };
}

describe('merging two customers', () => {
  it('loses nothing from either side, folds nothing twice, and its undo restores both', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const { workspace, kept, other, parties } = setUp(a, b);
        const before = snapshot(workspace, 'kept', kept);
        const otherBefore = Y.encodeStateAsUpdate(other);
        mergeCustomers(parties, 'm1', 5_000);

        for (const s of [a, b]) {
          const got = values(interactionsMap(kept));
          for (const [, v] of s.interactions) expect(got.has(JSON.stringify(v))).toBe(true);
          const gotF = values(followUpsMap(kept));
          for (const [, v] of s.followUps) expect(gotF.has(JSON.stringify(v))).toBe(true);
          const text = (field: string) => [profileMap(kept).get(field), ...readFieldHistory(kept, field).map((e) => e.value)];
          if (s.likes) expect(text('likes')).toContain(s.likes);
          if (s.role) expect(text('role')).toContain(s.role);
          const emails = (profileMap(kept).get('emails') as string[] | undefined)?.map(norm) ?? [];
          for (const e of s.emails ?? []) expect(emails).toContain(norm(e));
          const custom = text('customFields') as (Record<string, string> | undefined)[];
          for (const [k, v] of Object.entries(s.custom ?? {})) expect(custom.some((c) => c?.[k] === v)).toBe(true);
          const blocks = notebookBlockTexts(kept);
          for (const p of s.paragraphs) expect(blocks).toContain(p);
          const card = readCardById(workspace, 'kept')!;
          for (const t of s.tags) expect(card.tags).toContain(t);
          for (const [stage, t] of s.moves) expect(card.stageHistory).toContainEqual(expect.objectContaining({ stage, at: 1_000 + t, by: 'm2' }));
        }
        const merged = readCardById(workspace, 'other')!;
        expect(merged.archived).toBe(true);
        expect(merged.mergedInto).toBe('kept');
        // The other customer's doc is left as it was.
        expect(Y.encodeStateAsUpdate(other)).toEqual(otherBefore);

        // Folding again writes nothing.
        const state = [Y.encodeStateVector(kept), Y.encodeStateVector(workspace)];
        expect(foldMerged(parties, 'm1')).toBe(false);
        expect([Y.encodeStateVector(kept), Y.encodeStateVector(workspace)]).toEqual(state);

        expect(undoMerge(parties)).toBe(true);
        expect(snapshot(workspace, 'kept', kept)).toEqual(before);
        const back = readCardById(workspace, 'other')!;
        expect(back.archived).toBe(false);
        expect(back.mergedInto).toBeNull();
        expect(undoMerge(parties)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('folds an edit made later on the merged-away customer (an offline device) into the kept one', () => {
    const a = { interactions: [], followUps: [], paragraphs: ['kept notes'], tags: [], moves: [] } as unknown as Side;
    const b = { interactions: [['i1', { kind: 'call', at: 1_700_000_000_000, summary: 'first call', sentiment: 'neutral', amount: null, author: 'm2' }]], followUps: [], paragraphs: ['old notes', 'second'], tags: ['vip'], moves: [] } as unknown as Side;
    const { workspace, kept, other, parties } = setUp(a, b);
    // An offline device holds the other customer's doc as it was before the merge.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(other));
    mergeCustomers(parties, 'm1');
    expect(notebookBlockTexts(kept)).toEqual(['kept notes', 'Notes from Ada Lovelace (merged)', 'old notes', 'second']);

    interactionsMap(offline).set('late', { kind: 'meeting', at: 1_700_000_100_000, summary: 'logged offline', sentiment: 'positive', amount: null, author: 'm2' });
    interactionsMap(offline).set('i1', { kind: 'call', at: 1_700_000_000_000, summary: 'first call, corrected', sentiment: 'neutral', amount: null, author: 'm2' });
    profileMap(offline).set('likes', 'sailing');
    appendNotebookMarkdown(offline, 'written offline');
    // The offline device reconnects: its update reaches the other customer's doc here.
    Y.applyUpdate(other, Y.encodeStateAsUpdate(offline, Y.encodeStateVector(other)));

    expect(foldMerged(parties, 'm1')).toBe(true);
    expect(interactionsMap(kept).get('late')).toMatchObject({ summary: 'logged offline' });
    expect(interactionsMap(kept).get('i1')).toMatchObject({ summary: 'first call, corrected' });
    expect(profileMap(kept).get('likes')).toBe('sailing');
    expect(notebookBlockTexts(kept)).toEqual(['kept notes', 'Notes from Ada Lovelace (merged)', 'old notes', 'second', 'written offline']);
    expect(foldMerged(parties, 'm1')).toBe(false);

    // A paragraph edited on the other side replaces its untouched copy.
    const otherRoot = other.get('root', Y.XmlText) as Y.XmlText;
    const second = (otherRoot.toDelta() as { insert: Y.XmlText }[])[1]!.insert;
    second.insert(second.length, ' edited');
    expect(foldMerged(parties, 'm1')).toBe(true);
    expect(notebookBlockTexts(kept)).toEqual(['kept notes', 'Notes from Ada Lovelace (merged)', 'old notes', 'second edited', 'written offline']);

    expect(undoMerge(parties)).toBe(true);
    expect(notebookBlockTexts(kept)).toEqual(['kept notes']);
    expect(interactionsMap(kept).size).toBe(0);
    expect(profileMap(kept).has('likes')).toBe(false);
    expect(readCardById(workspace, 'kept')!.tags).toEqual([]);
  });

  it('keeps the kept customer\'s own copy of an item both held when the other side edits it later', () => {
    const call = { kind: 'call', at: 1_700_000_000_000, summary: 'imported twice', sentiment: 'neutral', amount: null, author: 'm2' };
    const a = { interactions: [['same', call]], followUps: [], paragraphs: [], tags: [], moves: [] } as unknown as Side;
    const { kept, other, parties } = setUp(a, a);
    mergeCustomers(parties, 'm1');
    expect(interactionsMap(kept).size).toBe(1);
    interactionsMap(other).set('same', { ...call, summary: 'edited on the other' });
    expect(foldMerged(parties, 'm1')).toBe(true);
    expect(interactionsMap(kept).get('same')).toMatchObject({ summary: 'imported twice' });
    expect([...interactionsMap(kept).values()].map((v) => (v as { summary: string }).summary).sort()).toEqual(['edited on the other', 'imported twice']);
    undoMerge(parties);
    expect(interactionsMap(kept).toJSON()).toEqual({ same: call });
  });

  it('refuses to merge a customer into itself or one already merged', () => {
    const empty = { interactions: [], followUps: [], paragraphs: [], tags: [], moves: [] } as unknown as Side;
    const { workspace, parties } = setUp(empty, empty);
    expect(() => mergeCustomers({ ...parties, otherId: 'kept' }, 'm1')).toThrow(/itself/);
    setCardField(workspace, 'other', 'mergedInto', 'elsewhere');
    expect(() => mergeCustomers(parties, 'm1')).toThrow(/already merged/);
  });
});
