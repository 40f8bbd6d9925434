import { INTERACTION_KINDS, SENTIMENTS, type Sentiment } from '../../shared/model/schemas';
import type { TimelineKind } from '../../shared/timeline/timelineEvents';
import { KIND_LABELS, SENTIMENT_LABELS } from '../interactions/labels';
import { usePersonName } from '../people/PersonName';

export interface TimelineFilterState {
  kind: TimelineKind | '';
  sentiment: Sentiment | '';
  owner: string;
  /** Matched against customer name and company, case-insensitively. */
  customer: string;
}

export const NO_FILTERS: TimelineFilterState = { kind: '', sentiment: '', owner: '', customer: '' };

const KIND_OPTIONS: { value: TimelineKind; label: string }[] = [
  ...INTERACTION_KINDS.map((k) => ({ value: k as TimelineKind, label: KIND_LABELS[k] })),
  { value: 'stage', label: 'Stage change' },
  { value: 'followUp', label: 'Follow-up' },
];

/** The workspace timeline's filters: kind, sentiment, owner, customer. */
export function TimelineFilters(props: { value: TimelineFilterState; owners: readonly string[]; onChange: (next: TimelineFilterState) => void }) {
  const { value, onChange } = props;
  const set = (patch: Partial<TimelineFilterState>) => onChange({ ...value, ...patch });
  const ownerName = usePersonName();
  const active = value.kind || value.sentiment || value.owner || value.customer;
  return (
    <div className="toolbar" role="group" aria-label="Timeline filters">
      <select aria-label="Kind" value={value.kind} onChange={(e) => set({ kind: e.target.value as TimelineKind | '' })}>
        <option value="">All kinds</option>
        {KIND_OPTIONS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <select aria-label="Sentiment" value={value.sentiment} onChange={(e) => set({ sentiment: e.target.value as Sentiment | '' })}>
        <option value="">Any sentiment</option>
        {SENTIMENTS.map((s) => (
          <option key={s} value={s}>
            {SENTIMENT_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Owner" value={value.owner} onChange={(e) => set({ owner: e.target.value })}>
        <option value="">Any owner</option>
        {props.owners.map((o) => (
          <option key={o} value={o}>
            {ownerName(o)}
          </option>
        ))}
      </select>
      <input type="search" aria-label="Customer" placeholder="Customer or company" value={value.customer} onChange={(e) => set({ customer: e.target.value })} />
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
