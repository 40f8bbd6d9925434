import type { StageEntry } from '../../shared/model/schemas';
import { STAGE_LABELS } from '../../shared/stages';

import { useFormats } from '../format/useFormats';
import { PersonName } from '../people/PersonName';

/** Every stage move, newest first, with who made it. */
export function StageHistory({ entries }: { entries: StageEntry[] }) {
  const formats = useFormats();
  return (
    <section className="panel" aria-labelledby="stage-history-title">
      <h2 id="stage-history-title">Stage history</h2>
      {entries.length === 0 ? (
        <p className="empty">No stage moves yet.</p>
      ) : (
        <ol className="stage-history">
          {[...entries].reverse().map((entry, i) => (
            <li key={`${entry.at}-${entry.by}-${i}`}>
              <strong>{STAGE_LABELS[entry.stage]}</strong> <span className="muted">{formats.instantDateTime(entry.at)} · <PersonName value={entry.by} />
              </span>
              {entry.reason && <span className="stage-reason"> “{entry.reason}”</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
