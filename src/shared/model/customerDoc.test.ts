import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteInteraction, profileMap, putFollowUp, putInteraction, readFollowUps, readInteractions, readProfile, setProfileField } from './customerDoc';

describe('customer doc', () => {
  it('reads and writes the profile field by field, keeping unknown and invalid values', () => {
    const doc = new Y.Doc();
    setProfileField(doc, 'emails', ['a@b.example']);
    setProfileField(doc, 'likes', 'Jazz');
    profileMap(doc).set('dislikes', 12);
    profileMap(doc).set('favouriteColour', 'teal');
    const read = readProfile(doc);
    expect(read.profile.emails).toEqual(['a@b.example']);
    expect(read.profile.likes).toBe('Jazz');
    expect(read.profile.dislikes).toBe('');
    expect(read.invalid).toEqual([expect.objectContaining({ field: 'dislikes', raw: 12 })]);
    expect(read.unknown).toEqual({ favouriteColour: 'teal' });
    expect(() => setProfileField(doc, 'phones', 'nope' as never)).toThrow(/phones/);
    expect(profileMap(doc).get('dislikes')).toBe(12);
  });

  it('keeps interactions newest first and follow-ups soonest first, reporting invalid records', () => {
    const doc = new Y.Doc();
    putInteraction(doc, 'i1', { kind: 'call', at: 100, summary: 'first', sentiment: 'neutral', amount: null, author: 'me' });
    putInteraction(doc, 'i2', { kind: 'purchase', at: 200, summary: 'bought', sentiment: 'positive', amount: 500, author: 'me' });
    doc.getMap('interactions').set('i3', { kind: 'call', at: 'yesterday' });
    const { items, invalid } = readInteractions(doc);
    expect(items.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(invalid.map((f) => f.field)).toEqual(['interactions.i3']);
    deleteInteraction(doc, 'i1');
    expect(readInteractions(doc).items.map((i) => i.id)).toEqual(['i2']);

    putFollowUp(doc, 'f2', { due: '2026-12-01', text: 'later', assignee: 'me', done: false });
    putFollowUp(doc, 'f1', { due: '2026-11-25', text: 'sooner', assignee: 'me', done: false });
    expect(readFollowUps(doc).items.map((f) => f.text)).toEqual(['sooner', 'later']);
    expect(() => putFollowUp(doc, 'f3', { due: 'tomorrow', text: '', assignee: '', done: false })).toThrow();
  });
});

describe('profile field history', () => {
  it('concurrent edits of one field keep one value everywhere and both in the history', async () => {
    const { recordProfileEdit, readFieldHistory } = await import('./customerDoc');
    const a = new Y.Doc();
    const b = new Y.Doc();
    setProfileField(a, 'likes', 'Jazz');
    recordProfileEdit(a, 'likes', 'Jazz', 'alice', 1000);
    setProfileField(b, 'likes', 'Opera');
    recordProfileEdit(b, 'likes', 'Opera', 'bob', 1001);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readProfile(a).profile.likes).toBe(readProfile(b).profile.likes);
    expect(['Jazz', 'Opera']).toContain(readProfile(a).profile.likes);
    expect(readFieldHistory(a, 'likes').map((e) => [e.value, e.by])).toEqual([
      ['Opera', 'bob'],
      ['Jazz', 'alice'],
    ]);
    expect(readFieldHistory(b, 'likes')).toEqual(readFieldHistory(a, 'likes'));
  });
});
