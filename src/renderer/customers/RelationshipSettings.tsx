import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { Tier } from '../../shared/model/schemas';
import { useSession } from '../workspace/SessionContext';

const CADENCES = [7, 14, 30, 60, 90, 180];

/** How we treat this customer (Customize): contact cadence and a manual tier. */
export function RelationshipSettings({ card }: { card: CustomerCard }) {
  const session = useSession();
  return (
    <div className="header-row small">
      <label>
        Contact every{' '}
        <select
          aria-label="Contact cadence"
          value={card.cadenceDays ?? ''}
          onChange={(e) => session.setField(card.id, 'cadenceDays', e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">workspace default</option>
          {CADENCES.map((days) => (
            <option key={days} value={days}>
              {days} days
            </option>
          ))}
          {card.cadenceDays !== null && !CADENCES.includes(card.cadenceDays) && <option value={card.cadenceDays}>{card.cadenceDays} days</option>}
        </select>
      </label>
      <label>
        Tier{' '}
        <select aria-label="Tier override" value={card.tierOverride ?? ''} onChange={(e) => session.setField(card.id, 'tierOverride', e.target.value === '' ? null : (e.target.value as Tier))}>
          <option value="">from value</option>
          <option value="A">A (set by hand)</option>
          <option value="B">B (set by hand)</option>
          <option value="C">C (set by hand)</option>
        </select>
      </label>
    </div>
  );
}
