/** Local calendar helpers for forms: an <input type=date> value. */
export function todayIso(now = new Date()): string {
  return toIsoDate(now.getTime());
}

export function toIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
