import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { useSession } from '../../workspace/SessionContext';
import { CommitInput } from '../../ui/CommitInput';
import { Deferred } from '../../ui/Deferred';
import { BackIcon } from '../../ui/icons';
import { routeHref } from '../../app/router';
import { Presence } from '../../sync/Presence';
import type { InteractionLog } from '../../interactions/useInteractionLog';
import { InvalidFields } from '../InvalidFields';
import { CustomerActions } from './CustomerActions';
import { OwnerItem } from './OwnerItem';
import { StageItem } from './StageItem';
import { StandingItems } from './StandingItems';
import { TagsItem } from './TagsItem';
import { MergedIntoNote } from '../duplicates/MergedIntoNote';

/**
 * Who this is and where they stand, at a glance: the name (the page's heading,
 * edited in place), company, then one item each for stage, owner, tier, health
 * and tags, and the page's commands.
 */
export function CustomerHeader(props: { card: CustomerCard; doc: Y.Doc | undefined; provider: WebsocketProvider | undefined; log: InteractionLog }) {
  const { card, doc } = props;
  const session = useSession();
  return (
    <header className="customer-header">
      <a className="back" href={routeHref({ view: 'customers' })}>
        <BackIcon /> All customers
      </a>
      <div className="customer-heading">
        <div className="customer-titles">
          {/* The heading is named by the name itself; the field inside it edits it. */}
          <h1 id="customer-title" className="customer-name" aria-label={card.name || 'Unnamed customer'}>
            <CommitInput className="title-input" label="Customer name" value={card.name} onCommit={(v) => session.setField(card.id, 'name', v)} maxLength={500} />
          </h1>
          <CommitInput className="subtitle-input" label="Company name" value={card.company} placeholder="Company" onCommit={(v) => session.setField(card.id, 'company', v)} maxLength={500} />
        </div>
        <CustomerActions card={card} doc={doc} log={props.log} />
      </div>
      <div className="customer-facts-row">
      <ul className="customer-facts" aria-label="About this customer">
        <li>
          <StageItem card={card} />
        </li>
        <li>
          <OwnerItem card={card} />
        </li>
        <Deferred>
          <StandingItems card={card} doc={doc} />
        </Deferred>
        <li>
          <TagsItem card={card} />
        </li>
        {card.archived && (
          <li>
            <span className="badge">Archived</span>
          </li>
        )}
        {card.mergedInto && <li><MergedIntoNote card={card} /></li>}
      </ul>
      <Presence provider={props.provider} label="People in this notebook" />
      </div>
      <InvalidFields fields={card.invalid} context="card" />
    </header>
  );
}
