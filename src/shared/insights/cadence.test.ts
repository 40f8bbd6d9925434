import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction } from '../model/schemas';
import { DEFAULT_INSIGHT_SETTINGS, resolveInsightSettings } from './settings';
import { summarizeCustomer, summarizeWorkspace } from './summary';
import { describeTierCadence, losingTouchEmptyText, todayData } from './today';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T15:00:00Z');
const ctx = { now: NOW, timeZone: 'Europe/London' };

function card(id: string, extra: Partial<CustomerCard> = {}): CustomerCard {
  return {
    id, name: id, company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: NOW - 300 * DAY,
    archived: false, cadenceDays: null, stage: 'repeat', stageEnteredAt: NOW - 100 * DAY, stageHistory: [], invalid: [], ...extra,
  };
}
const call = (id: string, daysAgo: number): Interaction => ({
  id, kind: 'call', at: NOW - daysAgo * DAY, when: { kind: 'dateTime', instant: NOW - daysAgo * DAY }, summary: '', sentiment: 'neutral', amount: null, author: 'ann',
});

describe('cadence by tier', () => {
  it('defaults to A every 30 days, B 60, C 90', () => {
    expect(DEFAULT_INSIGHT_SETTINGS.cadenceByTier).toEqual({ A: 30, B: 60, C: 90 });
    expect(resolveInsightSettings().cadenceByTier).toEqual({ A: 30, B: 60, C: 90 });
    expect(resolveInsightSettings({ cadenceByTier: { B: 45, C: null } }).cadenceByTier).toEqual({ A: 30, B: 45, C: null });
  });

  it("keeps an old workspace's one default cadence for the tiers it has not set, and reads the old empty field as unset", () => {
    expect(resolveInsightSettings({ defaultCadenceDays: 45 }).cadenceByTier).toEqual({ A: 45, B: 45, C: 45 });
    expect(resolveInsightSettings({ defaultCadenceDays: 45, cadenceByTier: { A: 20 } }).cadenceByTier).toEqual({ A: 20, B: 45, C: 45 });
    expect(resolveInsightSettings({ defaultCadenceDays: null }).cadenceByTier).toEqual({ A: 30, B: 60, C: 90 });
  });

  it('drops an invalid stored cadence (from a peer) for the defaults', () => {
    expect(resolveInsightSettings({ cadenceByTier: { A: -3 } }).cadenceByTier).toEqual({ A: 30, B: 60, C: 90 });
    expect(resolveInsightSettings({ cadenceByTier: 'weekly', defaultCadenceDays: 'x' }).cadenceByTier).toEqual({ A: 30, B: 60, C: 90 });
  });

  it("lists a customer untouched for 146 days as losing touch out of the box (tier C's 90 days)", () => {
    const old = card('old', { name: 'Old Friend' });
    const summaries = summarizeWorkspace([{ card: old, interactions: [call('i1', 146)], followUps: [] }], ctx);
    const summary = summaries.byId.get('old')!;
    expect(summary.tier).toBe('C');
    expect(summary.cadence).toMatchObject({ cadenceDays: 90, daysSinceTouch: 146, daysPast: 56, losingTouch: true });
    const data = todayData([old], new Map(), summaries.byId, { today: summaries.today });
    expect(data.losingTouch.map((l) => [l.card.name, l.cadenceDays, l.daysPast])).toEqual([['Old Friend', 90, 56]]);
  });

  it("uses the effective tier's cadence (an override counts), and the card's own cadence first", () => {
    const a = summarizeCustomer({ card: card('a', { tierOverride: 'A' }), interactions: [call('a1', 31)], followUps: [] }, ctx);
    expect(a.cadence).toMatchObject({ cadenceDays: 30, losingTouch: true });
    const b = summarizeCustomer({ card: card('b', { tierOverride: 'B' }), interactions: [call('b1', 31)], followUps: [] }, ctx);
    expect(b.cadence).toMatchObject({ cadenceDays: 60, losingTouch: false });
    const own = summarizeCustomer({ card: card('o', { tierOverride: 'A', cadenceDays: 7 }), interactions: [call('o1', 8)], followUps: [] }, ctx);
    expect(own.cadence).toMatchObject({ cadenceDays: 7, losingTouch: true });
    const none = summarizeCustomer(
      { card: card('n'), interactions: [call('n1', 500)], followUps: [] },
      { ...ctx, settings: resolveInsightSettings({ cadenceByTier: { C: null } }) },
    );
    expect(none.cadence).toBeNull();
  });
});

describe('the empty Losing touch list says what is true', () => {
  const rules = DEFAULT_INSIGHT_SETTINGS.cadenceByTier;
  const summariesOf = (cards: CustomerCard[], touches: Record<string, number>) =>
    summarizeWorkspace(cards.map((c) => ({ card: c, interactions: c.id in touches ? [call(`${c.id}-i`, touches[c.id])] : [], followUps: [] })), ctx).byId;

  it('names the rules', () => {
    expect(describeTierCadence(rules)).toBe('A every 30 days, B 60, C 90');
    expect(describeTierCadence({ A: 14, B: null, C: null })).toBe('A every 14 days, none for B, C');
  });

  it('everyone within their cadence', () => {
    const cards = [card('x'), card('y')];
    expect(losingTouchEmptyText(cards, summariesOf(cards, { x: 3, y: 10 }), rules)).toBe('Everyone has been contacted within their cadence (A every 30 days, B 60, C 90).');
    expect(losingTouchEmptyText(cards, summariesOf(cards, { x: 3 }), rules, 'ann')).toBe('All your customers have been contacted within their cadence (A every 30 days, B 60, C 90).');
  });

  it('nobody contacted yet, nobody to watch, no cadence at all', () => {
    const fresh = [card('x', { createdAt: NOW - 2 * DAY })];
    expect(losingTouchEmptyText(fresh, summariesOf(fresh, {}), rules)).toBe(
      'No one has been contacted yet; every customer is within their cadence, counted from when they were added (A every 30 days, B 60, C 90).',
    );
    expect(losingTouchEmptyText([], new Map(), rules)).toBe('No customers to keep in touch with yet.');
    expect(losingTouchEmptyText(fresh, summariesOf(fresh, {}), rules, 'bob')).toBe('You own no customers that could lose touch.');
    const settings = resolveInsightSettings({ cadenceByTier: { A: null, B: null, C: null } });
    const byId = summarizeWorkspace([{ card: fresh[0], interactions: [], followUps: [] }], { ...ctx, settings }).byId;
    expect(losingTouchEmptyText(fresh, byId, settings.cadenceByTier)).toBe('No contact cadence is set: set one per tier in Settings → Relationship rules, or on a customer.');
  });
});
