import { useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { interactionsMap, followUpsMap, readProfile } from '../../../shared/model/customerDoc';
import { STAGE_LABELS } from '../../../shared/stages';
import { useModalDialog } from '../../ui/useModalDialog';
import { useCard, useCustomerDoc } from '../../workspace/SessionContext';
import { useFormats } from '../../format/useFormats';

/**
 * The two customers side by side; the user picks the one to keep, which then
 * receives everything of the other (see mergeCustomers). Escape or Cancel
 * closes it; focus goes back to the Merge button that opened it.
 */
export function MergeDialog(props: { ids: [string, string]; onClose: () => void; onMerge: (keptId: string, otherId: string) => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [keptId, setKeptId] = useState(props.ids[0]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useModalDialog(dialog);
  const otherId = props.ids[0] === keptId ? props.ids[1] : props.ids[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onMerge(keptId, otherId);
    } catch (e) {
      setError(`Could not merge: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog merge-dialog" aria-labelledby="merge-title" aria-describedby="merge-help" onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2 id="merge-title">Merge customers</h2>
        <p id="merge-help" className="muted">
          The customer you keep gets the other&rsquo;s notebook (under a heading), interactions, follow-ups, stage history, profile values and tags. The other is
          archived as merged. You can undo this.
        </p>
        <fieldset className="merge-sides">
          <legend>Keep</legend>
          {props.ids.map((id) => (
            <MergeSide key={id} id={id} kept={id === keptId} onKeep={() => setKeptId(id)} />
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Merge
          </button>
        </div>
      </form>
    </dialog>
  );
}

function MergeSide(props: { id: string; kept: boolean; onKeep: () => void }) {
  const card = useCard(props.id);
  const doc = useCustomerDoc(props.id);
  const formats = useFormats();
  if (!card) return null;
  return (
    <section className={props.kept ? 'merge-side kept' : 'merge-side'} aria-label={card.name || 'Customer'}>
      <label className="check">
        <input type="radio" name="keep" checked={props.kept} onChange={props.onKeep} /> Keep {card.name || '(no name)'}
      </label>
      <dl>
        <dt>Company</dt>
        <dd>{card.company || '—'}</dd>
        <dt>Stage</dt>
        <dd>{STAGE_LABELS[card.stage]}</dd>
        <dt>Created</dt>
        <dd>{card.createdAt ? formats.instantDay(card.createdAt) : '—'}</dd>
        <dt>Tags</dt>
        <dd>{card.tags.join(', ') || '—'}</dd>
        {doc ? <DocFacts doc={doc} /> : <dd aria-busy="true">Loading…</dd>}
      </dl>
      <p className="muted merge-fate">{props.kept ? 'Kept, with everything of the other.' : `Archived as merged into the other.`}</p>
    </section>
  );
}

function DocFacts({ doc }: { doc: Y.Doc }) {
  const { profile } = readProfile(doc);
  return (
    <>
      <dt>Email</dt>
      <dd>{profile.emails.join(', ') || '—'}</dd>
      <dt>Interactions</dt>
      <dd>{interactionsMap(doc).size}</dd>
      <dt>Follow-ups</dt>
      <dd>{followUpsMap(doc).size}</dd>
    </>
  );
}

