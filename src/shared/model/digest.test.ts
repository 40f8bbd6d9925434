import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DIGEST_VERSION, digestCustomerDoc, digestInteractions, isCurrentDigest } from './digest';
import { interactionsMap, putFollowUp, putInteraction, readInteractions } from './customerDoc';
import { interactionFacts } from '../insights/facts';

describe('customer digest', () => {
  it('keeps what the figures need and gives the same facts as the full interactions', () => {
    const doc = new Y.Doc();
    putInteraction(doc, 'a', { kind: 'purchase', at: 3000, summary: 'bought', sentiment: 'positive', amount: { minor: 25_000, currency: 'EUR' }, author: 'me' });
    putInteraction(doc, 'b', { kind: 'call', at: 5000, summary: 'called', sentiment: 'negative', amount: null, author: 'me' });
    putInteraction(doc, 'c', { kind: 'support', at: 6000, summary: 'ticket', sentiment: 'negative', amount: null, author: 'me' });
    putInteraction(doc, 'd', { kind: 'purchase', at: '2026-03-14', summary: 'in yen', sentiment: 'neutral', amount: { minor: 13_250, currency: 'JPY' }, author: 'me' });
    // An amount of an earlier version: a plain number of euros.
    interactionsMap(doc).set('e', { kind: 'purchase', at: 2000, summary: 'old', sentiment: 'positive', amount: 13.5, author: 'me' });
    putFollowUp(doc, 'f', { due: '2026-11-30', text: 'call back', assignee: 'me', done: false });
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const digest = digestCustomerDoc('c1', doc);
      const unpacked = digestInteractions(digest, zone);
      const full = readInteractions(doc, zone).items;
      expect(unpacked.map((i) => [i.kind, i.when, i.at, i.sentiment, i.amount])).toEqual(full.map((i) => [i.kind, i.when, i.at, i.sentiment, i.amount]));
      expect(interactionFacts(unpacked)).toEqual(interactionFacts(full));
      expect(interactionFacts(unpacked, 'JPY').ltv).toBe(13_250);
    }
    const digest = digestCustomerDoc('c1', doc);
    expect(digestInteractions(digest).find((i) => i.amount?.minor === 1350)?.amount).toEqual({ minor: 1350, currency: 'EUR' });
    expect(digest.followUps).toEqual([expect.objectContaining({ id: 'f', text: 'call back' })]);
  });

  it('a digest of the earlier layout is not misread: it is stale and gives no interactions', () => {
    const old = { customerId: 'c1', interactions: new Float64Array([3000, 4, 0, 250]), followUps: [] };
    expect(isCurrentDigest(old)).toBe(false);
    expect(digestInteractions(old)).toEqual([]);
    expect(isCurrentDigest({ ...old, version: DIGEST_VERSION })).toBe(true);
  });
});
