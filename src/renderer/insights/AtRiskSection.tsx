import type { AtRiskEntry } from '../../shared/insights/summary';
import { STAGE_LABELS } from '../../shared/stages';
import { routeHref } from '../app/router';
import { useFormats } from '../format/useFormats';
import { HealthBadge } from '../ui/HealthBadge';

const SHOWN = 50;

/** Valuable customers whose health is not green: the ones to call first. */
export function AtRiskSection({ entries }: { entries: readonly AtRiskEntry[] }) {
  const formats = useFormats();
  return (
    <section className="panel wide insights-section" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">At risk, high value</h2>
      {entries.length === 0 ? (
        <p className="empty small">No valuable customer is drifting away.</p>
      ) : (
        <>
          <p className="small muted">
            {entries.length} {entries.length === 1 ? 'customer' : 'customers'} in a high-value tier with amber or red health
            {entries.length > SHOWN ? `; the ${SHOWN} most urgent are shown` : ''}.
          </p>
          <ul className="at-risk-list" aria-label="At risk, high value customers">
            {entries.slice(0, SHOWN).map(({ card, summary }) => (
              <li key={card.id}>
                <HealthBadge health={summary.health} compact />
                <div className="at-risk-who">
                  <a href={routeHref({ view: 'customer', id: card.id })}>{card.name || '(no name)'}</a>
                  {card.company && <span className="muted small"> · {card.company}</span>}
                  <div className="small muted">{summary.health.reasons.map((r) => r.text).join(' · ')}</div>
                </div>
                <span className="small">{STAGE_LABELS[card.stage]}</span>
                <span className="small">Tier {summary.tier}</span>
                <span className="small amount">{formats.value(summary.ltv)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
