import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { FollowUp, Interaction } from '../model/schemas';
import { LocalCalendar, localDateOf } from './calendar';
import { cadenceStatus, followUpDue } from './due';
import { summarizeCustomer, summarizeWorkspace } from './summary';
import { todayData } from './today';

const at = (iso: string) => Date.parse(iso);
const NY = 'America/New_York';

function dueAt(due: string, nowIso: string, zone: string) {
  return followUpDue({ due, done: false }, localDateOf(at(nowIso), zone));
}

describe('follow-up due dates are local calendar dates', () => {
  it('New York, March DST switch: due today from local midnight (04:00Z, not 05:00Z)', () => {
    expect(dueAt('2025-03-10', '2025-03-10T03:59:00Z', NY)).toEqual({ status: 'upcoming', daysOverdue: -1 });
    expect(dueAt('2025-03-10', '2025-03-10T04:30:00Z', NY)).toEqual({ status: 'today', daysOverdue: 0 });
    expect(dueAt('2025-03-09', '2025-03-10T04:30:00Z', NY)).toEqual({ status: 'overdue', daysOverdue: 1 });
    // The short day itself (23 hours): still one calendar day.
    expect(dueAt('2025-03-08', '2025-03-10T03:59:00Z', NY)).toEqual({ status: 'overdue', daysOverdue: 1 });
  });

  it('New York, November DST switch: the 25-hour day is still one day', () => {
    expect(dueAt('2025-11-02', '2025-11-03T04:30:00Z', NY)).toEqual({ status: 'today', daysOverdue: 0 });
    expect(dueAt('2025-11-02', '2025-11-03T05:00:00Z', NY)).toEqual({ status: 'overdue', daysOverdue: 1 });
    expect(dueAt('2025-11-01', '2025-11-02T04:00:00Z', NY)).toEqual({ status: 'overdue', daysOverdue: 1 });
  });

  it('London, Auckland and Kolkata', () => {
    expect(dueAt('2025-03-31', '2025-03-30T23:30:00Z', 'Europe/London').status).toBe('today');
    expect(dueAt('2025-03-31', '2025-03-30T23:30:00Z', 'UTC').status).toBe('upcoming');
    // Auckland is a day ahead of UTC: at 11:30Z on April 5 it is already April 6 there.
    expect(dueAt('2025-04-05', '2025-04-05T11:30:00Z', 'Pacific/Auckland')).toEqual({ status: 'overdue', daysOverdue: 1 });
    expect(dueAt('2025-04-06', '2025-04-06T11:59:00Z', 'Pacific/Auckland').status).toBe('today');
    expect(dueAt('2025-04-06', '2025-04-06T12:00:00Z', 'Pacific/Auckland').status).toBe('overdue');
    expect(dueAt('2025-07-01', '2025-06-30T18:29:00Z', 'Asia/Kolkata').status).toBe('upcoming');
    expect(dueAt('2025-07-01', '2025-06-30T18:30:00Z', 'Asia/Kolkata').status).toBe('today');
  });

  it('done and invalid follow-ups are never overdue', () => {
    expect(followUpDue({ due: '2020-01-01', done: true }, '2025-01-01').status).toBe('done');
    expect(followUpDue({ due: 'next week', done: false }, '2025-01-01').status).toBe('invalid');
  });
});

describe('contact cadence in calendar days', () => {
  it('counts calendar days, not 24-hour periods, across the March switch', () => {
    const ny = new LocalCalendar(NY);
    const touched = at('2025-03-08T15:00:00Z'); // 10:00 EST, March 8
    // 23:30 EDT March 10: two calendar days, on cadence.
    const before = cadenceStatus(2, touched, 0, ny.dayOf(at('2025-03-11T03:30:00Z')), ny)!;
    expect(before).toMatchObject({ daysSinceTouch: 2, daysPast: 0, losingTouch: false, nextTouchDue: '2025-03-10' });
    // 00:30 EDT March 11: 61.5 hours later (2.56 "days"), but three calendar days: 1 day past.
    const after = cadenceStatus(2, touched, 0, ny.dayOf(at('2025-03-11T04:30:00Z')), ny)!;
    expect(after).toMatchObject({ daysSinceTouch: 3, daysPast: 1, losingTouch: true });
  });

  it('counts one calendar day for 48 hours over the November switch', () => {
    const ny = new LocalCalendar(NY);
    const s = cadenceStatus(1, at('2025-11-01T04:30:00Z'), 0, ny.dayOf(at('2025-11-03T04:30:00Z')), ny)!;
    expect(s).toMatchObject({ daysSinceTouch: 1, losingTouch: false });
  });

  it('logging an interaction resets the cadence clock', () => {
    const now = at('2025-06-30T12:00:00Z');
    const card: CustomerCard = {
      id: 'c', name: 'C', company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: now - 200 * 86_400_000,
      archived: false, cadenceDays: 30, stage: 'repeat', stageEnteredAt: now - 200 * 86_400_000, stageHistory: [], invalid: [],
    };
    const old: Interaction = { id: 'i1', kind: 'call', at: at('2025-05-01T12:00:00Z'), when: { kind: 'dateTime', instant: at('2025-05-01T12:00:00Z') }, summary: '', sentiment: 'neutral', amount: null, author: 'ann' };
    const before = summarizeCustomer({ card, interactions: [old], followUps: [] }, { now, timeZone: 'Europe/London' });
    expect(before.cadence).toMatchObject({ daysSinceTouch: 60, daysPast: 30, losingTouch: true });
    const fresh: Interaction = { ...old, id: 'i2', at: at('2025-06-29T09:00:00Z') };
    const after = summarizeCustomer({ card, interactions: [old, fresh], followUps: [] }, { now, timeZone: 'Europe/London' });
    expect(after.cadence).toMatchObject({ daysSinceTouch: 1, losingTouch: false, nextTouchDue: '2025-07-29' });
    expect(after.lastTouch).toBe(fresh.at);
    expect(after.lastTouchDate).toBe('2025-06-29');
  });
});

describe('Today data', () => {
  const DAY = 86_400_000;
  const now = at('2025-03-10T04:30:00Z'); // 00:30 EDT, March 10 in New York
  const card = (id: string, extra: Partial<CustomerCard> = {}): CustomerCard => ({
    id, name: id, company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: now - 400 * DAY, archived: false,
    cadenceDays: null, stage: 'repeat', stageEnteredAt: now - 100 * DAY, stageHistory: [], invalid: [], ...extra,
  });
  const buy = (id: string, amount: number, daysAgo: number): Interaction => ({ id, kind: 'purchase', at: now - daysAgo * DAY, when: { kind: 'dateTime', instant: now - daysAgo * DAY }, summary: '', sentiment: 'positive', amount: { minor: amount, currency: 'EUR' }, author: 'ann' });
  const fu = (id: string, due: string, assignee = 'ann', done = false): FollowUp => ({ id, due, text: id, assignee, done });

  it('lists due and overdue follow-ups and customers past cadence, most valuable first', () => {
    const inputs = [
      { card: card('small'), interactions: [buy('s1', 100, 1)], followUps: [fu('s-today', '2025-03-10'), fu('s-later', '2025-03-11')] },
      { card: card('big'), interactions: [buy('b1', 9000, 1)], followUps: [fu('b-over', '2025-03-07', 'bob'), fu('b-done', '2025-03-01', 'ann', true)] },
      { card: card('mid', { cadenceDays: 30 }), interactions: [buy('m1', 500, 40)], followUps: [fu('m-today', '2025-03-10')] },
      { card: card('lapsed', { cadenceDays: 14 }), interactions: [buy('l1', 50, 20)], followUps: [] },
      { card: card('lost', { cadenceDays: 14, stage: 'lost' }), interactions: [buy('x1', 80, 60)], followUps: [] },
      { card: card('gone', { archived: true, cadenceDays: 1 }), interactions: [buy('g1', 99999, 30)], followUps: [fu('g-over', '2025-03-01')] },
    ];
    const summaries = summarizeWorkspace(inputs, { now, timeZone: NY });
    expect(summaries.today).toBe('2025-03-10');
    const followUps = new Map(inputs.map((i) => [i.card.id, i.followUps]));
    const cards = inputs.map((i) => i.card);
    const today = todayData(cards, followUps, summaries.byId, { today: summaries.today });
    expect(today.followUps.map((f) => [f.followUp.id, f.status, f.daysOverdue])).toEqual([
      ['b-over', 'overdue', 3],
      ['m-today', 'today', 0],
      ['s-today', 'today', 0],
    ]);
    // 40 x 24 h before 00:30 EDT March 10 is 23:30 EST on January 28: 41 calendar days, 11 past a 30-day cadence.
    expect(today.losingTouch.map((l) => [l.card.id, l.daysSinceTouch, l.daysPast])).toEqual([['mid', 41, 11], ['lapsed', 21, 7]]);
    const mine = todayData(cards, followUps, summaries.byId, { today: summaries.today, member: 'ann' });
    expect(mine.followUps.map((f) => f.followUp.id)).toEqual(['m-today', 's-today']);
    // Everyone's, with bob's first for bob; the rest in the usual order.
    const bobFirst = todayData(cards, followUps, summaries.byId, { today: summaries.today, mineFirst: 'bob' });
    expect(bobFirst.followUps.map((f) => f.followUp.id)).toEqual(['b-over', 'm-today', 's-today']);
    const annFirst = todayData(cards, followUps, summaries.byId, { today: summaries.today, mineFirst: 'ann' });
    expect(annFirst.followUps.map((f) => f.followUp.id)).toEqual(['m-today', 's-today', 'b-over']);
  });

  it('an hour earlier in New York (still March 9), nothing is due today yet', () => {
    const inputs = [{ card: card('x'), interactions: [], followUps: [fu('x-today', '2025-03-10')] }];
    const earlier = summarizeWorkspace(inputs, { now: at('2025-03-10T03:30:00Z'), timeZone: NY });
    const data = todayData(inputs.map((i) => i.card), new Map([['x', inputs[0].followUps]]), earlier.byId, { today: earlier.today });
    expect(data.followUps).toEqual([]);
  });
});
