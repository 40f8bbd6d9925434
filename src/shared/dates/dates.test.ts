import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  eventDateFromInputs,
  eventDateIso,
  eventDateToInputs,
  eventInstant,
  formatCalendarDate,
  formatEventDate,
  formatEventTime,
  localDateOfEvent,
  readEventDate,
  storeEventDate,
  storedEventDateSchema,
} from './index';

const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/Santiago'];

describe('event dates: storage', () => {
  it('reads dates, date-times with their offset, and timestamps of earlier versions; writes back what it read', () => {
    expect(readEventDate('2026-03-14')).toEqual({ kind: 'date', date: '2026-03-14' });
    expect(readEventDate('2026-03-14T15:30+01:00')).toEqual({ kind: 'dateTime', instant: Date.parse('2026-03-14T14:30:00Z'), iso: '2026-03-14T15:30+01:00' });
    expect(readEventDate('2026-03-14T15:30:05.250Z')).toMatchObject({ kind: 'dateTime', instant: Date.parse('2026-03-14T15:30:05.250Z') });
    expect(readEventDate(1_700_000_000_000)).toEqual({ kind: 'dateTime', instant: 1_700_000_000_000 });
    for (const stored of ['2026-03-14', '2026-03-14T15:30+01:00', 1_700_000_000_000]) expect(storeEventDate(readEventDate(stored)!)).toBe(stored);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-03-14T25:00+01:00', '2026-03-14T15:30', 'yesterday', -5, 1.5, null, {}, '0000-01-01']) {
      expect(readEventDate(bad), String(bad)).toBeNull();
      expect(storedEventDateSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('event dates: the form', () => {
  it('a date without a time stays a date, and no time is ever shown for it', () => {
    const value = eventDateFromInputs('2026-03-14', '', 'Europe/Paris');
    expect(value).toEqual({ ok: true, value: { kind: 'date', date: '2026-03-14' } });
    if (!value.ok) return;
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'ja-JP'])
      for (const timeZone of ZONES) {
        const text = formatEventDate(value.value, { locale, timeZone });
        expect(text).not.toMatch(/\d{1,2}:\d{2}/);
        expect(text).toBe(formatCalendarDate('2026-03-14', locale));
        expect(formatEventTime(value.value, { locale, timeZone })).toBeNull();
      }
    expect(formatEventDate(value.value, { locale: 'en-US', timeZone: 'Pacific/Kiritimati' })).toBe('Mar 14, 2026');
    expect(eventDateIso(value.value)).toBe('2026-03-14');
  });

  it('a time is read in the zone it is entered in and stored with that offset', () => {
    const paris = eventDateFromInputs('2026-03-14', '15:30', 'Europe/Paris');
    expect(paris).toEqual({ ok: true, value: { kind: 'dateTime', instant: Date.parse('2026-03-14T14:30:00Z'), iso: '2026-03-14T15:30+01:00' } });
    const summer = eventDateFromInputs('2026-07-14', '15:30', 'Europe/Paris');
    expect(summer.ok && summer.value.kind === 'dateTime' && summer.value.iso).toBe('2026-07-14T15:30+02:00');
    if (!paris.ok) return;
    expect(formatEventDate(paris.value, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toBe('14 Mar 2026, 15:30');
    expect(formatEventDate(paris.value, { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Mar 14, 2026, 10:30 AM');
    expect(eventDateToInputs(paris.value, 'Europe/Paris')).toEqual({ date: '2026-03-14', time: '15:30' });
  });

  it('refuses a time the clocks skip, and a malformed date or time', () => {
    const gap = eventDateFromInputs('2026-03-29', '02:30', 'Europe/Paris');
    expect(gap).toMatchObject({ ok: false, field: 'time' });
    expect(!gap.ok && gap.message).toMatch(/does not exist/);
    expect(eventDateFromInputs('2026-03-29', '03:30', 'Europe/Paris')).toMatchObject({ ok: true });
    expect(eventDateFromInputs('', '', 'UTC')).toMatchObject({ ok: false, field: 'date' });
    expect(eventDateFromInputs('2026-02-30', '', 'UTC')).toMatchObject({ ok: false, field: 'date' });
    expect(eventDateFromInputs('2026-02-03', '24:10', 'UTC')).toMatchObject({ ok: false, field: 'time' });
  });

  it('the hour that repeats when clocks go back keeps the offset, so both are exact', () => {
    const typed = eventDateFromInputs('2026-10-25', '02:30', 'Europe/Paris');
    if (!typed.ok || typed.value.kind !== 'dateTime') throw new Error('02:30 exists (twice) on 2026-10-25 in Paris');
    expect(typed.value.iso).toMatch(/^2026-10-25T02:30\+0[12]:00$/);
    const other = readEventDate(typed.value.iso!.endsWith('+01:00') ? '2026-10-25T02:30+02:00' : '2026-10-25T02:30+01:00')!;
    expect(Math.abs(eventInstant(other, 'UTC') - typed.value.instant)).toBe(3_600_000);
    expect(readEventDate(typed.value.iso)).toEqual(typed.value);
  });

  it('inputs -> value -> inputs round-trips in every zone, and the day it falls on is the date typed', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: null }),
        fc.constantFrom(...ZONES),
        (day, time, zone) => {
          const date = day.toISOString().slice(0, 10);
          const hhmm = time ? `${String(time[0]).padStart(2, '0')}:${String(time[1]).padStart(2, '0')}` : '';
          const value = eventDateFromInputs(date, hhmm, zone);
          if (!value.ok) {
            expect(value.field).toBe('time');
            return; // a skipped time
          }
          expect(eventDateToInputs(value.value, zone)).toEqual({ date, time: hhmm });
          expect(localDateOfEvent(value.value, zone)).toBe(date);
          expect(localDateOfEvent({ kind: 'dateTime', instant: eventInstant(value.value, zone) }, zone)).toBe(date);
          expect(readEventDate(storeEventDate(value.value))).toEqual(value.value);
        },
      ),
      { numRuns: 500 },
    );
  });
});
