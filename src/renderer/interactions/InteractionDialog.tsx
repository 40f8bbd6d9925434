import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, putFollowUp, putInteraction, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import { newId } from '../../shared/ids';
import { useYValue } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useApp } from '../app/AppContext';
import { DEVICE_TIME_ZONE } from '../format/useFormats';
import { LogInteractionDialog, type InteractionDraft } from './LogInteractionDialog';

const types = (doc: Y.Doc) => [interactionsMap(doc), followUpsMap(doc)];
const read = (doc: Y.Doc) => ({ interactions: readInteractions(doc, DEVICE_TIME_ZONE).items, followUps: readFollowUps(doc).items });

/** The log form over a customer's doc: a new interaction, or one to edit; saves into the doc. */
export function InteractionDialog({ doc, editing, onClose }: { doc: Y.Doc; editing: Interaction | 'new'; onClose: () => void }) {
  const app = useApp();
  const { interactions, followUps } = useYValue(doc, types, read);
  const existing = editing === 'new' ? undefined : editing;
  const save = (draft: InteractionDraft, nextStep?: { text: string; due: string }) => {
    // Keep fields a newer version may have added to an edited interaction; never store the id inside.
    const { id, ...kept } = existing ?? { id: newId() };
    // The interaction and its next step in one write: teammates never see one without the other.
    doc.transact(() => {
      putInteraction(doc, id, { ...kept, ...draft, author: existing?.author ?? app.user.id }, LOCAL_ORIGIN);
      if (nextStep) putFollowUp(doc, newId(), { text: nextStep.text, due: nextStep.due, assignee: app.user.id, done: false }, LOCAL_ORIGIN);
    }, LOCAL_ORIGIN);
    onClose();
  };
  return (
    <LogInteractionDialog
      initial={existing}
      previous={interactions.filter((i) => !existing || i.id !== existing.id)}
      openFollowUps={followUps.filter((f) => !f.done)}
      onSave={save}
      onClose={onClose}
    />
  );
}
