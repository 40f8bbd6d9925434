import type * as Y from 'yjs';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import { CustomerTimeline } from './CustomerTimeline';

// The former entry point, kept while the customer page still imports it: use CustomerTimeline and delete this file.
export function CustomerTimelinePanel({ card, doc }: { card: CustomerCard; doc: Y.Doc }) {
  return <CustomerTimeline customerId={card.id} doc={doc} />;
}
