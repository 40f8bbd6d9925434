import './followups.css';
import { useEffect, useRef, useState } from 'react';
import type { FollowUp } from '../../shared/model/schemas';
import { SNOOZE_LABELS, type SnoozeChoice } from '../../shared/dates/snooze';
import { PersonName } from '../people/PersonName';
import { useFormats } from '../format/useFormats';
import { FollowUpEditForm } from './FollowUpEditForm';
import type { useFollowUpActions } from './useFollowUpActions';

const SNOOZES: SnoozeChoice[] = ['tomorrow', 'nextWeek'];

/** One follow-up: done, what, when, who; edit, snooze (Tomorrow, Next week) and delete. */
export function FollowUpRow({ followUp, today, actions }: { followUp: FollowUp; today: string; actions: ReturnType<typeof useFollowUpActions> }) {
  const formats = useFormats();
  const [editing, setEditing] = useState(false);
  // After an edit (saved or not), focus goes back to this row's Edit button, not to the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const f = followUp;
  if (editing)
    return (
      <li>
        <FollowUpEditForm
          followUp={f}
          onSave={(patch) => {
            actions.save(f, patch);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className={f.done ? 'done' : f.due < today ? 'overdue' : undefined}>
      <label className="check">
        <input type="checkbox" checked={f.done} onChange={(e) => actions.setDone(f, e.target.checked)} aria-label={`Done: ${f.text}`} />
        <span>{f.text}</span>
      </label>
      <time dateTime={f.due} className="muted small">
        {f.due < today && !f.done ? `overdue since ${formats.day(f.due)}` : f.due === today ? 'today' : formats.day(f.due)}
      </time>
      {f.assignee && (
        <span className="muted small">
          <PersonName value={f.assignee} />
        </span>
      )}
      <span className="followup-actions">
        <button ref={editButton} className="link-button small" aria-label={`Edit follow-up: ${f.text}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        {!f.done && (
          <span role="group" aria-label={`Snooze: ${f.text}`} className="snooze">
            {SNOOZES.map((choice) => (
              <button key={choice} className="link-button small" onClick={() => actions.snooze(f, choice)}>
                {SNOOZE_LABELS[choice]}
              </button>
            ))}
          </span>
        )}
        <button className="link-button" aria-label={`Delete follow-up: ${f.text}`} onClick={() => actions.remove(f)}>
          ×
        </button>
      </span>
    </li>
  );
}
