import { useState, type FormEvent } from 'react';
import type { FollowUp } from '../../shared/model/schemas';
import { AssigneeSelect } from './AssigneeSelect';

/** Editing one follow-up in place: its text, due date and assignee. Escape or Cancel keeps it as it was. */
export function FollowUpEditForm({ followUp, onSave, onCancel }: { followUp: FollowUp; onSave: (patch: Pick<FollowUp, 'text' | 'due' | 'assignee'>) => void; onCancel: () => void }) {
  const [text, setText] = useState(followUp.text);
  const [due, setDue] = useState(followUp.due);
  const [assignee, setAssignee] = useState(followUp.assignee);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('Say what was promised.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return setError('Choose a due date.');
    onSave({ text: text.trim(), due, assignee });
  };
  return (
    <form
      className="followup-edit"
      aria-label={`Edit follow-up: ${followUp.text}`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input aria-label="Follow-up" autoFocus value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} />
      <input aria-label="Due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      <AssigneeSelect value={assignee} onChange={setAssignee} />
      {error && (
        <p role="alert" className="error-text small">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Save
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
