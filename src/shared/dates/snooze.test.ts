import { describe, expect, it } from 'vitest';
import { snoozedDue } from './snooze';

describe('snooze', () => {
  it('tomorrow is the next calendar day, across month and year ends', () => {
    expect(snoozedDue('2026-12-03', 'tomorrow')).toBe('2026-12-04');
    expect(snoozedDue('2026-12-31', 'tomorrow')).toBe('2027-01-01');
    expect(snoozedDue('2028-02-28', 'tomorrow')).toBe('2028-02-29');
  });

  it('next week is the coming Monday, a full week on from a Monday', () => {
    // 2026-12-03 is a Thursday.
    expect(snoozedDue('2026-12-03', 'nextWeek')).toBe('2026-12-07');
    expect(snoozedDue('2026-12-06', 'nextWeek')).toBe('2026-12-07');
    expect(snoozedDue('2026-12-07', 'nextWeek')).toBe('2026-12-14');
    expect(snoozedDue('2026-12-05', 'nextWeek')).toBe('2026-12-07');
  });
});
