import { useMemo, useState, useSyncExternalStore } from 'react';
import { findDuplicates } from '../../../shared/model/merge/duplicates';
import { routeHref } from '../../app/router';
import { useCards, useSession } from '../../workspace/SessionContext';
import { MergeDialog } from './MergeDialog';
import { useMerge } from './useMerge';
import './duplicates.css';

/** Groups shown before "Show all": an imported book of business can hold hundreds. */
const FIRST_GROUPS = 5;

/**
 * "Possible duplicates" on the customers view: customers with the same email, or
 * the same name and company. Tick two, then Merge: a dialog shows them side by
 * side to choose the one to keep. Nothing shows while there are none.
 */
export function PossibleDuplicates() {
  const session = useSession();
  const cards = useCards();
  // Emails live in customer docs: their digests, derived on this device, say who shares one.
  const derivedVersion = useSyncExternalStore(
    (cb) => session.derived.subscribe(cb),
    () => session.derived.version,
  );
  const groups = useMemo(() => findDuplicates(cards, (id) => session.derived.digests.get(id)?.emails), [cards, session, derivedVersion]);
  const [selected, setSelected] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [merging, setMerging] = useState<[string, string] | null>(null);
  const merge = useMerge();
  const present = new Set(groups.flatMap((g) => g.ids));
  const chosen = selected.filter((id) => present.has(id));
  if (groups.length === 0) return null;
  const shown = showAll ? groups : groups.slice(0, FIRST_GROUPS);
  const toggle = (id: string, on: boolean) => setSelected((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  return (
    <section className="panel duplicates" role="region" aria-label="Possible duplicates">
      <div className="panel-head">
        <h2>Possible duplicates</h2>
        <span className="muted" id="duplicates-hint">
          {chosen.length === 2 ? 'Two selected.' : 'Select two to merge them.'}
        </span>
        <button type="button" className={chosen.length === 2 ? 'primary' : undefined} disabled={chosen.length !== 2} aria-describedby="duplicates-hint" onClick={() => setMerging([chosen[0]!, chosen[1]!])}>
          Merge
        </button>
      </div>
      <ul className="duplicate-groups">
        {shown.map((group) => (
          <li key={group.ids.join()}>
            <p className="muted">{group.reasons.join(' · ')}</p>
            <ul className="duplicate-members">
              {group.ids.map((id) => {
                const card = session.cards.get(id);
                if (!card) return null;
                return (
                  <li key={id}>
                    <label className="check">
                      <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
                      {card.name || '(no name)'}
                      {card.company && <span className="muted"> · {card.company}</span>}
                    </label>
                    <a href={routeHref({ view: 'customer', id })} aria-label={`Open ${card.name || 'customer'}`} className="small">
                      Open
                    </a>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {groups.length > FIRST_GROUPS && (
        <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll((s) => !s)}>
          {showAll ? 'Show fewer' : `Show all (${groups.length})`}
        </button>
      )}
      {merging && (
        <MergeDialog
          ids={merging}
          onClose={() => setMerging(null)}
          onMerge={async (keptId, otherId) => {
            await merge(keptId, otherId);
            setSelected([]);
            setMerging(null);
          }}
        />
      )}
    </section>
  );
}
