import { useMemo, useState } from 'react';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/stages';
import { applyBulkChange, type BulkChange } from '../../../shared/model/bulkEdit';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { useSession } from '../../workspace/SessionContext';
import { usePeople } from '../../people/usePeople';
import { useToast } from '../../ui/Toast';

/**
 * What to do with the selected customers: set the stage or the owner, add or remove a
 * tag, archive. Each is one change, taken back as a whole by the notification's Undo.
 */
export function BulkActions({ selected, onClear }: { selected: readonly CustomerCard[]; onClear: () => void }) {
  const session = useSession();
  const { members } = usePeople();
  const toast = useToast();
  const [tag, setTag] = useState('');
  const tagsOfSelection = useMemo(() => [...new Set(selected.flatMap((card) => card.tags))].sort((a, b) => a.localeCompare(b)), [selected]);
  const count = selected.length;

  const run = (change: BulkChange, done: string) => {
    const result = applyBulkChange(session.doc, selected.map((card) => card.id), change, session.user.id);
    const failed = result.failed.length ? ` ${result.failed.length} could not be changed (damaged card).` : '';
    toast({ message: `${done} for ${result.changed.toLocaleString()} of ${count.toLocaleString()} customers.${failed}`, action: { label: 'Undo', run: result.undo } });
  };

  return (
    <div className="bulk-actions" role="toolbar" aria-label="Bulk actions">
      <span className="bulk-count" role="status">
        {count.toLocaleString()} selected
      </span>
      <select aria-label="Set stage" value="" onChange={(e) => e.target.value && run({ kind: 'stage', stage: e.target.value as Stage }, `Stage set to ${STAGE_LABELS[e.target.value as Stage]}`)}>
        <option value="">Set stage…</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
      <select
        aria-label="Set owner"
        value=""
        onChange={(e) => {
          const member = members.find((m) => m.id === e.target.value);
          if (member) run({ kind: 'owner', owner: member.id }, `Owner set to ${member.name}`);
        }}
      >
        <option value="">Set owner…</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
      <form
        className="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (!tag.trim()) return;
          run({ kind: 'addTag', tag: tag.trim() }, `Tag “${tag.trim()}” added`);
          setTag('');
        }}
      >
        <input aria-label="Tag to add" placeholder="Tag" value={tag} maxLength={100} onChange={(e) => setTag(e.target.value)} />
        <button type="submit">Add tag</button>
      </form>
      {tagsOfSelection.length > 0 && (
        <select aria-label="Remove tag" value="" onChange={(e) => e.target.value && run({ kind: 'removeTag', tag: e.target.value }, `Tag “${e.target.value}” removed`)}>
          <option value="">Remove tag…</option>
          {tagsOfSelection.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      )}
      <button onClick={() => run({ kind: 'archive', archived: true }, 'Archived')}>Archive</button>
      <button className="link-button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
