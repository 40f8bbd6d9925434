import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { deleteInteraction, followUpsMap, interactionsMap, putInteraction, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import { newId } from '../../shared/ids';
import { useYValue } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useApp } from '../app/AppContext';
import { useToast } from '../ui/Toast';
import { useShortcut } from '../ui/useShortcut';
import { InvalidFields } from '../customers/InvalidFields';
import { LogInteractionDialog, type InteractionDraft } from './LogInteractionDialog';
import { KIND_LABELS, SENTIMENT_ICONS, SENTIMENT_LABELS } from './labels';
import { DEVICE_TIME_ZONE, useFormats } from '../format/useFormats';

const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc)];
const read = (doc: Y.Doc) => ({ interactions: readInteractions(doc, DEVICE_TIME_ZONE), followUps: readFollowUps(doc) });

/** Every interaction with this customer, newest first; log (key L), edit, delete with undo. */
export function InteractionsPanel({ doc }: { doc: Y.Doc }) {
  const app = useApp();
  const toast = useToast();
  const formats = useFormats();
  const { interactions, followUps } = useYValue(doc, types, read);
  const [editing, setEditing] = useState<Interaction | 'new' | null>(null);
  useShortcut('l', () => setEditing('new'));

  const save = useCallback(
    (draft: InteractionDraft, existing?: Interaction) => {
      // Keep fields a newer version may have added to an edited interaction; never store the id inside.
      const { id, ...kept } = existing ?? { id: newId() };
      putInteraction(doc, id, { ...kept, ...draft, author: existing?.author ?? app.user.name }, LOCAL_ORIGIN);
      setEditing(null);
    },
    [doc, app.user.name],
  );

  const remove = (interaction: Interaction) => {
    const { id, ...value } = interaction;
    deleteInteraction(doc, id, LOCAL_ORIGIN);
    toast({ message: 'Interaction deleted.', action: { label: 'Undo', run: () => putInteraction(doc, id, value, LOCAL_ORIGIN) } });
  };

  return (
    <section className="panel" aria-labelledby="interactions-title">
      <div className="panel-head">
        <h2 id="interactions-title">Interactions</h2>
        <button className="primary" onClick={() => setEditing('new')} aria-keyshortcuts="L" title="Log interaction (L)">
          Log interaction
        </button>
      </div>
      <InvalidFields fields={interactions.invalid} context="interaction" />
      {interactions.items.length === 0 ? (
        <p className="empty">No interactions yet. Log calls, meetings, purchases and feedback to build the relationship history.</p>
      ) : (
        <ol className="interactions" aria-label="Interaction list">
          {interactions.items.map((i) => (
            <li key={i.id} className={`interaction sentiment-${i.sentiment}`}>
              <div className="interaction-head">
                <span className="sentiment" title={SENTIMENT_LABELS[i.sentiment]} aria-label={SENTIMENT_LABELS[i.sentiment]}>
                  {SENTIMENT_ICONS[i.sentiment]}
                </span>
                <strong>{KIND_LABELS[i.kind]}</strong>
                <time className="muted" dateTime={formats.eventAttribute(i.when)}>
                  {formats.event(i.when)}
                </time>
                {i.amount && <span className="amount">{formats.money(i.amount)}</span>}
                <span className="spacer" />
                <button className="link-button" aria-label={`Edit interaction: ${i.summary}`} onClick={() => setEditing(i)}>
                  Edit
                </button>
                <button className="link-button" aria-label={`Delete interaction: ${i.summary}`} onClick={() => remove(i)}>
                  Delete
                </button>
              </div>
              <p className="summary">{i.summary}</p>
              <span className="muted small">by {i.author || 'unknown'}</span>
            </li>
          ))}
        </ol>
      )}
      {editing && (
        <LogInteractionDialog
          initial={editing === 'new' ? undefined : editing}
          previous={interactions.items.filter((i) => editing === 'new' || i.id !== editing.id)}
          openFollowUps={followUps.items.filter((f) => !f.done)}
          onSave={(draft) => save(draft, editing === 'new' ? undefined : editing)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
