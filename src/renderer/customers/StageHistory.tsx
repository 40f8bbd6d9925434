import type { StageEntry } from '../../shared/model/schemas';
import { STAGE_LABELS } from '../../shared/stages';

const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every stage move, newest first, with who made it. */
export function StageHistory({ entries }: { entries: StageEntry[] }) {
  return (
    <section className="panel" aria-labelledby="stage-history-title">
      <h2 id="stage-history-title">Stage history</h2>
      {entries.length === 0 ? (
        <p className="empty">No stage moves yet.</p>
      ) : (
        <ol className="stage-history">
          {[...entries].reverse().map((entry, i) => (
            <li key={`${entry.at}-${entry.by}-${i}`}>
              <strong>{STAGE_LABELS[entry.stage]}</strong> <span className="muted">{format.format(entry.at)} · {entry.by || 'unknown'}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
