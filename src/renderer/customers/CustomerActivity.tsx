import type * as Y from 'yjs';
import { interactionsMap, readInteractions } from '../../shared/model/customerDoc';
import type { Interaction } from '../../shared/model/schemas';
import { useYValue } from '../workspace/SessionContext';
import { DEVICE_TIME_ZONE } from '../format/useFormats';
import { CustomerTimeline } from '../timeline/CustomerTimeline';
import type { InteractionLog } from '../interactions/useInteractionLog';
import { DeleteIcon, EditIcon } from '../ui/icons';
import { InvalidFields } from './InvalidFields';

const types = (doc: Y.Doc) => [interactionsMap(doc)];
const readInvalid = (doc: Y.Doc) => readInteractions(doc, DEVICE_TIME_ZONE).invalid;

/**
 * Interactions, shown once: the customer's timeline is the one record of what
 * happened (interactions with stage changes and follow-ups, filterable by kind),
 * and each interaction in it is edited or deleted where it stands. Logging is
 * the header's "Log interaction" (key L).
 */
export function CustomerActivity({ customerId, doc, log }: { customerId: string; doc: Y.Doc; log: InteractionLog }) {
  const invalid = useYValue(doc, types, readInvalid);
  const actions = (i: Interaction) => (
    <>
      <button className="link-button" aria-label={`Edit interaction: ${i.summary}`} onClick={() => log.edit(i)}>
        <EditIcon /> Edit
      </button>
      <button className="link-button" aria-label={`Delete interaction: ${i.summary}`} onClick={() => log.remove(i)}>
        <DeleteIcon /> Delete
      </button>
    </>
  );
  return (
    <CustomerTimeline customerId={customerId} doc={doc} interactionActions={actions}>
      <InvalidFields fields={invalid} context="interaction" />
    </CustomerTimeline>
  );
}
