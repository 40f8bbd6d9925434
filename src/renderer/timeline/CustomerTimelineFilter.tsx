import { INTERACTION_KINDS } from '../../shared/model/schemas';
import type { TimelineEvent, TimelineKind } from '../../shared/timeline/timelineEvents';
import { KIND_LABELS } from '../interactions/labels';

/** What a customer's timeline shows: everything, every interaction, or one kind of event. */
export type TimelineShow = '' | 'interactions' | TimelineKind;

export function showsEvent(show: TimelineShow, event: TimelineEvent): boolean {
  if (show === '') return true;
  if (show === 'interactions') return event.type === 'interaction';
  return event.kind === show;
}

/** The filter over one customer's timeline (the workspace timeline has its own, with owners and customers). */
export function CustomerTimelineFilter({ value, onChange }: { value: TimelineShow; onChange: (show: TimelineShow) => void }) {
  return (
    <label className="timeline-show small">
      Show{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as TimelineShow)}>
        <option value="">Everything</option>
        <option value="interactions">All interactions</option>
        {INTERACTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
        <option value="stage">Stage changes</option>
        <option value="followUp">Follow-ups</option>
      </select>
    </label>
  );
}
