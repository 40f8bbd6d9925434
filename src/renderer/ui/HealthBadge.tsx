import type { Health } from '../../shared/insights/health';

const LABEL = { green: 'Healthy', amber: 'Needs attention', red: 'At risk' } as const;

/** Green, amber or red, with the reasons in its title (and listed when not compact). */
export function HealthBadge({ health, compact = false }: { health: Health; compact?: boolean }) {
  const reasons = health.reasons.map((r) => r.text);
  return (
    <span className={`health health-${health.level}`} title={reasons.join('\n') || LABEL[health.level]}>
      <span aria-hidden="true">●</span> {LABEL[health.level]}
      {!compact && reasons.length > 0 && (
        <ul className="health-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </span>
  );
}
