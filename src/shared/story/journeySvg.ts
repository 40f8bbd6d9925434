import { escapeHtml } from './escape';

const COLORS: Record<string, string> = {
  prospect: '#94a3b8',
  first_purchase: '#60a5fa',
  repeat: '#3b82f6',
  loyalist: '#16a34a',
  advocate: '#15803d',
  at_risk: '#d97706',
  lost: '#dc2626',
};

/** The stage history as a horizontal timeline: one dot per move, labelled with the stage and date. */
export function journeySvg(points: { label: string; date: string; stage: string }[]): string {
  if (points.length === 0) return '<p class="muted">No stage history.</p>';
  const width = 640;
  const step = points.length === 1 ? 0 : (width - 80) / (points.length - 1);
  const dots = points
    .map((p, i) => {
      const x = 40 + i * step;
      const above = i % 2 === 0;
      return `<g><circle cx="${x}" cy="50" r="7" fill="${COLORS[p.stage] ?? '#64748b'}"/>
<text x="${x}" y="${above ? 30 : 78}" text-anchor="middle" font-size="11" font-weight="600">${escapeHtml(p.label)}</text>
<text x="${x}" y="${above ? 16 : 92}" text-anchor="middle" font-size="9" fill="#555">${escapeHtml(p.date)}</text></g>`;
    })
    .join('');
  return `<svg class="journey-graphic" role="img" aria-label="Stage history" viewBox="0 0 ${width} 100" width="100%" xmlns="http://www.w3.org/2000/svg">
<line x1="40" y1="50" x2="${width - 40}" y2="50" stroke="#cbd5e1" stroke-width="3"/>${dots}</svg>`;
}
