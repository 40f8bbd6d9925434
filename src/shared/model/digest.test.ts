import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { digestCustomerDoc, digestInteractions } from './digest';
import { putFollowUp, putInteraction } from './customerDoc';
import { interactionFacts } from '../insights/facts';
import { readInteractions } from './customerDoc';

describe('customer digest', () => {
  it('keeps what the figures need and gives the same facts as the full interactions', () => {
    const doc = new Y.Doc();
    putInteraction(doc, 'a', { kind: 'purchase', at: 3000, summary: 'bought', sentiment: 'positive', amount: 250, author: 'me' });
    putInteraction(doc, 'b', { kind: 'call', at: 5000, summary: 'called', sentiment: 'negative', amount: null, author: 'me' });
    putInteraction(doc, 'c', { kind: 'support', at: 6000, summary: 'ticket', sentiment: 'negative', amount: null, author: 'me' });
    putFollowUp(doc, 'f', { due: '2026-11-30', text: 'call back', assignee: 'me', done: false });
    const digest = digestCustomerDoc('c1', doc);
    const unpacked = digestInteractions(digest);
    expect(unpacked.map((i) => [i.kind, i.at, i.sentiment, i.amount])).toEqual([
      ['support', 6000, 'negative', null],
      ['call', 5000, 'negative', null],
      ['purchase', 3000, 'positive', 250],
    ]);
    expect(interactionFacts(unpacked)).toEqual(interactionFacts(readInteractions(doc).items));
    expect(digest.followUps).toEqual([expect.objectContaining({ id: 'f', text: 'call back' })]);
  });
});
