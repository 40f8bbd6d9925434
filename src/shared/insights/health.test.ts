import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction, Sentiment } from '../model/schemas';
import { assessHealth } from './health';
import { resolveInsightSettings, DEFAULT_INSIGHT_SETTINGS } from './settings';
import { summarizeCustomer, summarizeWorkspace, atRiskHighValue } from './summary';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T15:00:00Z');
const ctx = { now: NOW, timeZone: 'Europe/London' };
/** The plain no-touch rule applies to customers without any cadence: no tier default either. */
const noCadence = { ...ctx, settings: resolveInsightSettings({ cadenceByTier: { A: null, B: null, C: null } }) };

function card(id: string, extra: Partial<CustomerCard> = {}): CustomerCard {
  return {
    id, name: id, company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: NOW - 300 * DAY,
    archived: false, cadenceDays: null, stage: 'repeat', stageEnteredAt: NOW - 100 * DAY, stageHistory: [], invalid: [], ...extra,
  };
}
let n = 0;
function touch(daysAgo: number, sentiment: Sentiment = 'neutral', amount: number | null = null): Interaction {
  return { id: `x${n++}`, kind: amount === null ? 'call' : 'purchase', at: NOW - daysAgo * DAY, when: { kind: 'dateTime', instant: NOW - daysAgo * DAY }, summary: '', sentiment, amount: amount === null ? null : { minor: amount, currency: 'EUR' }, author: 'ann' };
}
function followUp(due: string, done = false): FollowUp {
  return { id: `f${n++}`, due, text: 'send quote', assignee: 'ann', done };
}

describe('health badge', () => {
  it('is green with no reasons for a customer in good standing', () => {
    const s = summarizeCustomer({ card: card('ok'), interactions: [touch(3, 'positive')], followUps: [followUp('2025-07-02')] }, ctx);
    expect(s.health).toEqual({ level: 'green', reasons: [] });
  });

  it('flags no touch in 45 days as amber, 60+ as red', () => {
    const amber = summarizeCustomer({ card: card('a'), interactions: [touch(45)], followUps: [] }, noCadence);
    expect(amber.health.level).toBe('amber');
    expect(amber.health.reasons.map((r) => r.text)).toEqual(['No touch in 45 days']);
    const red = summarizeCustomer({ card: card('r'), interactions: [touch(61)], followUps: [] }, noCadence);
    expect(red.health.reasons[0]).toMatchObject({ code: 'no_touch', severity: 'red', text: 'No touch in 61 days' });
  });

  it('measures a never-touched customer from creation', () => {
    const s = summarizeCustomer({ card: card('n', { createdAt: NOW - 40 * DAY }), interactions: [], followUps: [] }, noCadence);
    expect(s.health.reasons.map((r) => r.text)).toEqual(['No touch since added 40 days ago']);
    expect(s.lastTouch).toBeNull();
  });

  it('flags two negative interactions in a row, and three as red', () => {
    const two = summarizeCustomer({ card: card('t'), interactions: [touch(1, 'negative'), touch(2, 'negative'), touch(3, 'positive')], followUps: [] }, ctx);
    expect(two.health).toEqual({ level: 'amber', reasons: [{ code: 'negative_streak', severity: 'amber', text: 'Two negative interactions in a row' }] });
    // Order of the input does not matter; the streak is broken by the latest non-negative one.
    const broken = summarizeCustomer({ card: card('b'), interactions: [touch(3, 'negative'), touch(1, 'negative'), touch(2, 'positive')], followUps: [] }, ctx);
    expect(broken.health.level).toBe('green');
    const three = summarizeCustomer({ card: card('3'), interactions: [touch(5, 'negative'), touch(1, 'negative'), touch(2, 'negative')], followUps: [] }, ctx);
    expect(three.health.reasons[0]).toMatchObject({ severity: 'red', text: 'Three negative interactions in a row' });
  });

  it('flags overdue follow-ups by local calendar days', () => {
    const one = summarizeCustomer({ card: card('f'), interactions: [touch(1)], followUps: [followUp('2025-06-27'), followUp('2025-06-20', true)] }, ctx);
    expect(one.health.reasons).toEqual([{ code: 'overdue_follow_up', severity: 'amber', text: 'Follow-up overdue by 3 days' }]);
    const many = summarizeCustomer({ card: card('m'), interactions: [touch(1)], followUps: [followUp('2025-06-21'), followUp('2025-06-29'), followUp('2025-06-30')] }, ctx);
    expect(many.health.reasons).toEqual([{ code: 'overdue_follow_up', severity: 'red', text: '2 follow-ups overdue, oldest by 9 days' }]);
    expect(many.followUps).toMatchObject({ open: 3, overdue: 2, dueToday: 1, maxDaysOverdue: 9, nextDue: '2025-06-21' });
  });

  it('uses the cadence instead of the plain no-touch rule', () => {
    const onSchedule = summarizeCustomer({ card: card('c', { cadenceDays: 90 }), interactions: [touch(45)], followUps: [] }, ctx);
    expect(onSchedule.health.level).toBe('green');
    const past = summarizeCustomer({ card: card('p', { cadenceDays: 30 }), interactions: [touch(42)], followUps: [] }, ctx);
    expect(past.health.reasons).toEqual([{ code: 'cadence', severity: 'amber', text: 'Past contact cadence (every 30 days) by 12 days' }]);
    const twice = summarizeCustomer({ card: card('q', { cadenceDays: 30 }), interactions: [touch(60)], followUps: [] }, ctx);
    expect(twice.health.reasons[0].severity).toBe('red');
  });

  it('lists every reason, red first, and marks the At risk stage', () => {
    const s = summarizeCustomer(
      { card: card('all', { stage: 'at_risk' }), interactions: [touch(50, 'negative'), touch(70, 'negative'), touch(80, 'negative')], followUps: [followUp('2025-06-28')] },
      noCadence,
    );
    expect(s.health.level).toBe('red');
    // Red first, then amber in rule order.
    expect(s.health.reasons.map((r) => [r.severity, r.text])).toEqual([
      ['red', 'Three negative interactions in a row'],
      ['amber', 'No touch in 50 days'],
      ['amber', 'Follow-up overdue by 2 days'],
      ['amber', 'Marked At risk'],
    ]);
    expect(s.health.reasons[0].severity).toBe('red');
    expect(s.health.reasons.at(-1)!.severity).toBe('amber');
  });

  it('honours configured thresholds', () => {
    const settings = resolveInsightSettings({ noTouchAmberDays: 10, noTouchRedDays: 20, negativeStreakAmber: 1, overdueRedDays: 2 });
    const h = assessHealth(
      { stage: 'repeat', daysSinceTouch: 12, touched: true, cadence: null, negativeStreak: 1,
        followUps: { open: 1, overdue: 1, dueToday: 0, maxDaysOverdue: 2, nextDue: '2025-06-28' } },
      settings,
    );
    expect(h.reasons.map((r) => [r.code, r.severity, r.text])).toEqual([
      ['overdue_follow_up', 'red', 'Follow-up overdue by 2 days'],
      ['no_touch', 'amber', 'No touch in 12 days'],
      ['negative_streak', 'amber', 'Last interaction was negative'],
    ]);
  });

  it('drops invalid stored thresholds and keeps valid ones', () => {
    const s = resolveInsightSettings({ noTouchAmberDays: 'soon', noTouchRedDays: 90, stageIdleDays: { prospect: 7 }, tierShares: { a: 0.9, b: 0.5 } });
    expect(s.noTouchAmberDays).toBe(DEFAULT_INSIGHT_SETTINGS.noTouchAmberDays);
    expect(s.noTouchRedDays).toBe(90);
    expect(s.stageIdleDays.prospect).toBe(7);
    expect(s.stageIdleDays.repeat).toBe(DEFAULT_INSIGHT_SETTINGS.stageIdleDays.repeat);
    expect(s.tierShares).toEqual(DEFAULT_INSIGHT_SETTINGS.tierShares);
    expect(resolveInsightSettings('garbage')).toEqual(DEFAULT_INSIGHT_SETTINGS);
  });
});

describe('at risk, high value', () => {
  it('lists tier A customers whose health is not green, red first then by value', () => {
    const inputs = [
      { card: card('big-red', { cadenceDays: 10 }), interactions: [touch(40, 'neutral', 5000)], followUps: [] },
      { card: card('big-amber'), interactions: [touch(35, 'neutral', 9000)], followUps: [] },
      { card: card('big-fine'), interactions: [touch(2, 'neutral', 8000)], followUps: [] },
      { card: card('small-red', { cadenceDays: 5 }), interactions: [touch(50, 'neutral', 10)], followUps: [] },
      { card: card('override', { tierOverride: 'A' }), interactions: [touch(70, 'neutral', 1)], followUps: [] },
      { card: card('big-lost', { stage: 'lost' }), interactions: [touch(90, 'neutral', 7000)], followUps: [] },
      ...Array.from({ length: 10 }, (_, i) => ({ card: card(`filler${i}`), interactions: [touch(1, 'neutral', 100)], followUps: [] })),
    ];
    const { byId } = summarizeWorkspace(inputs, ctx);
    const list = atRiskHighValue(inputs.map((i) => i.card), byId);
    expect(list.map((e) => e.card.id)).toEqual(['big-red', 'override', 'big-amber']);
  });
});
