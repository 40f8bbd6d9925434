/** Local calendar helpers for forms: an <input type=date> value and epoch milliseconds. */
export function todayIso(now = new Date()): string {
  return toIsoDate(now.getTime());
}

export function toIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The moment an interaction logged for `date` happened: now if the date is
 * today, otherwise noon local time (so it sorts within that day and is clear of DST edges).
 */
export function atForDate(date: string, now = new Date()): number {
  const [y, m, d] = date.split('-').map(Number);
  if (date === todayIso(now)) return now.getTime();
  return new Date(y, m - 1, d, 12, 0, 0, 0).getTime();
}

export const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
