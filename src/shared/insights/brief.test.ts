import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../model/workspaceDoc';
import type { Interaction } from '../model/schemas';
import { EMPTY_PROFILE } from '../model/customerDoc';
import { callBrief, nextDates, upcomingImportantDates } from './brief';
import { summarizeCustomer } from './summary';

describe('upcoming important dates', () => {
  it('repeats past dates yearly and keeps future ones once', () => {
    const dates = [
      { label: 'Birthday', date: '1980-07-04' },
      { label: 'Contract ends', date: '2025-07-20' },
      { label: 'First order', date: '2019-06-30' }, // today's anniversary
      { label: 'Far away', date: '2026-01-01' },
      { label: 'New year', date: '2000-01-01' },
    ];
    expect(upcomingImportantDates(dates, '2025-06-30', 30).map((d) => [d.label, d.next, d.daysAway, d.recurring])).toEqual([
      ['First order', '2025-06-30', 0, true],
      ['Birthday', '2025-07-04', 4, true],
      ['Contract ends', '2025-07-20', 20, false],
    ]);
    // Wraps into next year.
    expect(upcomingImportantDates(dates, '2025-12-20', 14).map((d) => [d.label, d.next])).toEqual([
      ['Far away', '2026-01-01'],
      ['New year', '2026-01-01'],
    ]);
  });

  it('moves February 29 to February 28 outside leap years', () => {
    expect(upcomingImportantDates([{ label: 'Leap', date: '2000-02-29' }], '2025-02-20', 30)[0].next).toBe('2025-02-28');
    expect(upcomingImportantDates([{ label: 'Leap', date: '2000-02-29' }], '2028-02-20', 30)[0].next).toBe('2028-02-29');
  });
});

describe('call brief', () => {
  it('gathers the last five interactions, open follow-ups, tastes, dates and health', () => {
    const now = Date.parse('2025-06-30T12:00:00Z');
    const card: CustomerCard = {
      id: 'c', name: 'C', company: '', owner: 'ann', tags: [], tierOverride: null, createdAt: now - 100 * 86_400_000, archived: false,
      cadenceDays: null, stage: 'loyalist', stageEnteredAt: now - 10 * 86_400_000, stageHistory: [], invalid: [],
    };
    const interactions: Interaction[] = Array.from({ length: 7 }, (_, i) => ({
      id: `i${i}`, kind: 'call', at: now - i * 86_400_000, when: { kind: 'dateTime', instant: now - i * 86_400_000 }, summary: `call ${i}`, sentiment: 'negative', amount: null, author: 'ann',
    }));
    const followUps = [
      { id: 'f2', due: '2025-07-10', text: 'later', assignee: 'ann', done: false },
      { id: 'f1', due: '2025-06-28', text: 'late', assignee: 'ann', done: false },
      { id: 'f0', due: '2025-06-01', text: 'done', assignee: 'ann', done: true },
    ];
    const input = { card, interactions: [...interactions].reverse(), followUps };
    const summary = summarizeCustomer(input, { now, timeZone: 'UTC' });
    const profile = {
      ...EMPTY_PROFILE, likes: 'Golf', dislikes: 'Cold calls', preferences: 'Email', role: 'Head of buying', phones: ['', '+44 20 7946 0000', '+44 7700 900000'],
      importantDates: [{ label: 'Birthday', date: '1975-07-02' }],
    };
    const brief = callBrief(input, profile, summary, summary.lastTouchDate!);
    expect(brief.lastInteractions.map((i) => i.id)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4']);
    expect(brief.openFollowUps.map((f) => [f.id, f.status.status])).toEqual([['f1', 'overdue'], ['f2', 'upcoming']]);
    expect(brief).toMatchObject({ stage: 'loyalist', daysInStage: 10, likes: 'Golf', dislikes: 'Cold calls', preferences: 'Email' });
    expect(brief).toMatchObject({ phone: '+44 20 7946 0000', role: 'Head of buying' });
    // The overdue follow-up comes first, then the birthday.
    expect(brief.nextDates.map((d) => [d.type, d.label, d.next, d.daysAway])).toEqual([
      ['followUp', 'late', '2025-06-28', -2],
      ['profile', 'Birthday', '2025-07-02', 2],
    ]);
    expect(brief.health.level).toBe('red');
    expect(brief.health.reasons.map((r) => r.text)).toContain('Seven negative interactions in a row');
  });
});

describe('next dates', () => {
  const dates = [
    { label: 'Birthday', date: '1980-09-04' },
    { label: 'Renewal', date: '2026-02-01' },
    { label: 'First order', date: '2019-07-30' },
    { label: 'Wedding anniversary', date: '2010-12-24' },
    { label: 'Old contract end', date: 'not a date' },
  ];
  it('lists the soonest profile dates within a year, at most three, with the next open follow-up in date order', () => {
    const followUps = [
      { id: 'b', due: '2025-08-10', text: 'Send the quote', assignee: '', done: false },
      { id: 'a', due: '2025-07-01', text: 'Done already', assignee: '', done: true },
      { id: 'c', due: '2025-09-30', text: 'Later', assignee: '', done: false },
    ];
    expect(nextDates(dates, followUps, '2025-07-01').map((d) => [d.type, d.label, d.next])).toEqual([
      ['profile', 'First order', '2025-07-30'],
      ['followUp', 'Send the quote', '2025-08-10'],
      ['profile', 'Birthday', '2025-09-04'],
      ['profile', 'Wedding anniversary', '2025-12-24'],
    ]);
  });
  it('has no follow-up entry when none is open, and nothing past a year', () => {
    expect(nextDates([{ label: 'Far', date: '2027-01-01' }], [], '2025-07-01')).toEqual([]);
  });
});
