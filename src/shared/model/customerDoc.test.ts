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
    putInteraction(doc, 'i2', { kind: 'purchase', at: 200, summary: 'bought', sentiment: 'positive', amount: { minor: 50_000, currency: 'EUR' }, author: 'me' });
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

describe('interactions of earlier versions and invalid ones', () => {
  it('reads old number amounts as euros losslessly and old timestamps as a date and time, and writes them back as they were', () => {
    const doc = new Y.Doc();
    const old = { kind: 'purchase', at: Date.UTC(2025, 4, 1, 12), summary: 'old', sentiment: 'positive', amount: 13.5, author: 'Me', legacyNote: 'kept' };
    doc.getMap('interactions').set('old', old);
    const [read] = readInteractions(doc, 'UTC').items;
    expect(read.amount).toEqual({ minor: 1350, currency: 'EUR' });
    expect(read.when).toEqual({ kind: 'dateTime', instant: Date.UTC(2025, 4, 1, 12) });
    expect(read.at).toBe(Date.UTC(2025, 4, 1, 12));
    expect(read.legacyNote).toBe('kept');
    // Nothing rewrites what was read; an edit stores the amount as Money and keeps the timestamp.
    expect(doc.getMap('interactions').get('old')).toEqual(old);
    const { id, ...value } = read;
    putInteraction(doc, id, { ...value, summary: 'edited' });
    expect(doc.getMap('interactions').get('old')).toEqual({ ...old, summary: 'edited', amount: { minor: 1350, currency: 'EUR' } });
  });

  it('a date without a time is stored as an ISO date and ordered within its day in the reader zone', () => {
    const doc = new Y.Doc();
    putInteraction(doc, 'd', { kind: 'call', when: { kind: 'date', date: '2026-03-14' }, summary: 'date only', sentiment: 'neutral', amount: null, author: 'me' });
    putInteraction(doc, 't', { kind: 'call', at: '2026-03-14T09:00+01:00', summary: 'morning', sentiment: 'neutral', amount: null, author: 'me' });
    expect(doc.getMap('interactions').get('d')).toMatchObject({ at: '2026-03-14' });
    const { items } = readInteractions(doc, 'Europe/Paris');
    expect(items.map((i) => i.id)).toEqual(['d', 't']);
    expect(items[0].when).toEqual({ kind: 'date', date: '2026-03-14' });
    expect(new Date(items[0].at).toISOString()).toBe('2026-03-14T11:00:00.000Z');
  });

  it('shows unrepresentable and malformed values as invalid, never rounded, and keeps them in the doc', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('interactions');
    const base = { kind: 'purchase', summary: 's', sentiment: 'neutral', author: 'me' };
    map.set('fraction', { ...base, at: 1000, amount: 13.555 });
    map.set('float', { ...base, at: 1000, amount: 0.1 + 0.2 });
    map.set('halfMinor', { ...base, at: 1000, amount: { minor: 1.5, currency: 'EUR' } });
    map.set('badCurrency', { ...base, at: 1000, amount: { minor: 100, currency: 'euro' } });
    map.set('badDate', { ...base, at: '2026-02-30', amount: null });
    map.set('noOffset', { ...base, at: '2026-03-14T15:30', amount: null });
    const { items, invalid } = readInteractions(doc);
    expect(items).toEqual([]);
    expect(invalid.map((f) => f.field).sort()).toEqual(['interactions.badCurrency', 'interactions.badDate', 'interactions.float', 'interactions.fraction', 'interactions.halfMinor', 'interactions.noOffset']);
    expect(invalid.find((f) => f.field === 'interactions.fraction')?.message).toMatch(/more decimals than cents/);
    expect(map.get('fraction')).toEqual({ ...base, at: 1000, amount: 13.555 });
    expect(() => putInteraction(doc, 'x', { ...base, kind: 'call', sentiment: 'neutral', at: 'soon', amount: null })).toThrow(/Invalid interaction/);
  });
});
