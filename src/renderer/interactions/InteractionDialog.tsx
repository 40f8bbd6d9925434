import type * as Y from 'yjs';
import { followUpsMap, interactionsMap, putInteraction, readFollowUps, readInteractions } from '../../shared/model/customerDoc';
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
  const save = (draft: InteractionDraft) => {
    // Keep fields a newer version may have added to an edited interaction; never store the id inside.
    const { id, ...kept } = existing ?? { id: newId() };
    putInteraction(doc, id, { ...kept, ...draft, author: existing?.author ?? app.user.name }, LOCAL_ORIGIN);
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
