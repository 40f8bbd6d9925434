import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction } from '../model/schemas';
import { summarizeWorkspace } from '../insights/summary';
import { applySegment, parseSegments, segmentSchema } from './segments';
import { CustomerSearchIndex } from './searchIndex';

const NOW = Date.parse('2025-06-30T12:00:00Z');
const DAY = 86_400_000;

function card(id: string, extra: Partial<CustomerCard>): CustomerCard {
  return {
    id, name: id, company: 'Acme', owner: 'ann', tags: [], tierOverride: null, createdAt: NOW - 100 * DAY, archived: false,
    cadenceDays: null, stage: 'prospect', stageEnteredAt: NOW - 100 * DAY, stageHistory: [], invalid: [], ...extra,
  };
}
const buy = (id: string, amount: number, daysAgo: number): Interaction => ({ id, kind: 'purchase', at: NOW - daysAgo * DAY, when: { kind: 'dateTime', instant: NOW - daysAgo * DAY }, summary: '', sentiment: 'positive', amount: { minor: amount, currency: 'EUR' }, author: 'ann' });

const cards = [
  card('Ada Lovelace', { stage: 'loyalist', tags: ['VIP', 'tea'], owner: 'ann' }),
  // A cadence of his own: 50 days without a touch is amber whatever his tier's default cadence.
  card('Brian Cox', { stage: 'repeat', tags: ['tea'], owner: 'bob', company: 'Cox Optics', cadenceDays: 30 }),
  card('Chen Wei', { stage: 'at_risk', owner: 'ann' }),
  card('Dara Obi', { stage: 'repeat', archived: true, tags: ['VIP'] }),
];
const interactions: Record<string, Interaction[]> = {
  'Ada Lovelace': [buy('a', 5000, 2)],
  'Brian Cox': [buy('b', 300, 50)],
  'Chen Wei': [buy('c', 200, 90)],
  'Dara Obi': [buy('d', 100, 1)],
};
const { byId } = summarizeWorkspace(cards.map((c) => ({ card: c, interactions: interactions[c.id], followUps: [] })), { now: NOW, timeZone: 'UTC' });
const names = (list: CustomerCard[]) => list.map((c) => c.id);
const seg = (raw: object) => segmentSchema.parse({ id: 's', name: 'S', ...raw });

describe('segments', () => {
  it('filters by stage, owner, tag, tier and health, combined with AND', () => {
    expect(names(applySegment(seg({}), cards, byId))).toEqual(['Ada Lovelace', 'Brian Cox', 'Chen Wei']);
    expect(names(applySegment(seg({ stages: ['repeat', 'loyalist'] }), cards, byId))).toEqual(['Ada Lovelace', 'Brian Cox']);
    expect(names(applySegment(seg({ owner: 'ann' }), cards, byId))).toEqual(['Ada Lovelace', 'Chen Wei']);
    expect(names(applySegment(seg({ tag: 'vip' }), cards, byId))).toEqual(['Ada Lovelace']);
    expect(names(applySegment(seg({ tiers: ['A'] }), cards, byId))).toEqual(['Ada Lovelace']);
    expect(names(applySegment(seg({ health: ['amber', 'red'] }), cards, byId))).toEqual(['Brian Cox', 'Chen Wei']);
    expect(names(applySegment(seg({ tag: 'tea', owner: 'bob' }), cards, byId))).toEqual(['Brian Cox']);
  });

  it('handles the archive', () => {
    expect(names(applySegment(seg({ archived: 'only' }), cards, byId))).toEqual(['Dara Obi']);
    expect(names(applySegment(seg({ archived: 'include', tag: 'VIP' }), cards, byId))).toEqual(['Ada Lovelace', 'Dara Obi']);
  });

  it('matches text on the card, or through full-text results', () => {
    expect(names(applySegment(seg({ text: 'cox opt' }), cards, byId))).toEqual(['Brian Cox']);
    expect(names(applySegment(seg({ text: 'lovelace' }), cards, byId))).toEqual(['Ada Lovelace']);
    const search = CustomerSearchIndex.create([
      { id: 'Chen Wei', name: 'Chen Wei', company: 'Acme', notebook: 'Worried about the invoice' },
      { id: 'Ada Lovelace', name: 'Ada Lovelace', company: 'Acme', notebook: 'Happy' },
    ]);
    const textMatches = new Set(search.search('invoice').map((h) => h.id));
    expect(names(applySegment(seg({ text: 'invoice' }), cards, byId, { textMatches }))).toEqual(['Chen Wei']);
  });

  it('parses stored segments, keeping unknown keys and reporting invalid ones', () => {
    const { segments, invalid } = parseSegments([
      { id: 'a', name: 'VIPs', tag: 'VIP', futureField: 1 },
      { id: 'b', name: 'Bad', stages: ['moon'] },
      'junk',
    ]);
    expect(segments).toEqual([{ id: 'a', name: 'VIPs', tag: 'VIP', futureField: 1 }]);
    expect(invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(parseSegments({}).invalid).toHaveLength(1);
  });
});
