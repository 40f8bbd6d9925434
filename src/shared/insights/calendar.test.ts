import { describe, expect, it } from 'vitest';
import { LocalCalendar, addDays, dayNumber, daysBetween, isoFromDayNumber, localDateOf, weekStart, zoneOffset } from './calendar';

const at = (iso: string) => Date.parse(iso);

describe('local calendar dates', () => {
  it('reads the local date across the March DST switch in New York', () => {
    // 2025-03-09 02:00 EST -> 03:00 EDT. Midnight of March 10 is 04:00Z (EDT), not 05:00Z.
    expect(localDateOf(at('2025-03-10T03:59:00Z'), 'America/New_York')).toBe('2025-03-09');
    expect(localDateOf(at('2025-03-10T04:00:00Z'), 'America/New_York')).toBe('2025-03-10');
    expect(localDateOf(at('2025-03-09T04:59:00Z'), 'America/New_York')).toBe('2025-03-08');
    expect(localDateOf(at('2025-03-09T05:00:00Z'), 'America/New_York')).toBe('2025-03-09');
  });

  it('reads the local date across the November DST switch in New York', () => {
    // 2025-11-02 02:00 EDT -> 01:00 EST. Midnight of November 2 is 04:00Z, of November 3 05:00Z.
    expect(localDateOf(at('2025-11-02T03:59:00Z'), 'America/New_York')).toBe('2025-11-01');
    expect(localDateOf(at('2025-11-02T04:00:00Z'), 'America/New_York')).toBe('2025-11-02');
    expect(localDateOf(at('2025-11-03T04:59:00Z'), 'America/New_York')).toBe('2025-11-02');
    expect(localDateOf(at('2025-11-03T05:00:00Z'), 'America/New_York')).toBe('2025-11-03');
  });

  it('handles London, Auckland and Kolkata', () => {
    // London: BST from 2025-03-30 01:00Z.
    expect(localDateOf(at('2025-03-30T23:30:00Z'), 'Europe/London')).toBe('2025-03-31');
    expect(localDateOf(at('2025-03-29T23:30:00Z'), 'Europe/London')).toBe('2025-03-29');
    // Auckland: NZDT (+13) until 2025-04-06 03:00 local, then NZST (+12).
    expect(localDateOf(at('2025-04-05T11:30:00Z'), 'Pacific/Auckland')).toBe('2025-04-06');
    expect(localDateOf(at('2025-04-06T11:30:00Z'), 'Pacific/Auckland')).toBe('2025-04-06');
    expect(localDateOf(at('2025-04-06T12:00:00Z'), 'Pacific/Auckland')).toBe('2025-04-07');
    // Kolkata: +05:30, no DST.
    expect(localDateOf(at('2025-06-30T18:29:59Z'), 'Asia/Kolkata')).toBe('2025-06-30');
    expect(localDateOf(at('2025-06-30T18:30:00Z'), 'Asia/Kolkata')).toBe('2025-07-01');
  });

  it('agrees with Intl for every hour over a DST year in several zones', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Pacific/Auckland', 'Asia/Kolkata', 'Australia/Adelaide']) {
      const calendar = new LocalCalendar(zone);
      const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      for (let t = at('2025-01-01T00:15:00Z'); t < at('2026-01-01T00:00:00Z'); t += 3_600_000 + 17 * 60_000) {
        expect(calendar.dateOf(t)).toBe(fmt.format(new Date(t)));
      }
    }
  });

  it('finds the first instant of a local day, DST days included', () => {
    const ny = new LocalCalendar('America/New_York');
    expect(new Date(ny.startOf('2025-03-09')).toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(new Date(ny.startOf('2025-03-10')).toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(new Date(ny.startOf('2025-11-02')).toISOString()).toBe('2025-11-02T04:00:00.000Z');
    expect(new Date(ny.startOf('2025-11-03')).toISOString()).toBe('2025-11-03T05:00:00.000Z');
    expect(new Date(new LocalCalendar('Asia/Kolkata').startOf('2025-07-01')).toISOString()).toBe('2025-06-30T18:30:00.000Z');
    // Santiago skips midnight when DST starts (00:00 -> 01:00 on 2025-09-07): the day starts at 01:00 -03.
    expect(new Date(new LocalCalendar('America/Santiago').startOf('2025-09-07')).toISOString()).toBe('2025-09-07T04:00:00.000Z');
  });

  it('computes offsets', () => {
    expect(zoneOffset(at('2025-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffset(at('2025-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffset(at('2025-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('rejects an unknown zone', () => {
    expect(() => new LocalCalendar('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('counts whole days, ignoring DST', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(isoFromDayNumber(dayNumber('2025-11-02'))).toBe('2025-11-02');
    expect(Number.isNaN(dayNumber('soon'))).toBe(true);
  });

  it('finds the Monday of the week', () => {
    expect(weekStart('2025-03-09')).toBe('2025-03-03'); // a Sunday
    expect(weekStart('2025-03-10')).toBe('2025-03-10'); // a Monday
    expect(weekStart('1970-01-01')).toBe('1969-12-29');
  });
});
