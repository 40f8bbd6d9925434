import { useEffect } from 'react';
import { useCard, useCustomerDoc } from '../workspace/SessionContext';
import { ProfilePanel } from './ProfilePanel';
import { StageHistory } from './StageHistory';
import { NotebookEditor } from '../notebook/NotebookEditor';
import { FollowUpsPanel } from '../interactions/FollowUpsPanel';
import { useInteractionLog } from '../interactions/useInteractionLog';
import { CustomerBrief } from './CustomerBrief';
import { CustomerActivity } from './CustomerActivity';
import { RelationshipSettings } from './RelationshipSettings';
import { CustomerHeader } from './header/CustomerHeader';
import { Deferred } from '../ui/Deferred';
import { useSyncManager } from '../sync/useSyncState';
import { routeHref } from '../app/router';
import './customerPage.css';
import { StageSuggestion } from '../stages/StageSuggestion';

/**
 * One customer: the header says who they are and where they stand; the notebook
 * is the main area, with the timeline (the one record of interactions) under it;
 * the brief, follow-ups, profile and relationship settings sit beside, lighter.
 */
export function CustomerPage({ id }: { id: string }) {
  const card = useCard(id);
  const doc = useCustomerDoc(id);
  const sync = useSyncManager();
  const log = useInteractionLog(doc);
  const provider = doc ? sync?.provider(`c:${id}`) : undefined;
  // Tell the workspace which customer we are looking at (presence).
  useEffect(() => {
    const awareness = sync?.workspaceProvider?.awareness;
    if (!awareness) return;
    awareness.setLocalStateField('viewing', id);
    return () => awareness.setLocalStateField('viewing', null);
  }, [sync, id]);

  if (!card) {
    return (
      <section className="view">
        <h1>Customer not found</h1>
        <p className="empty">
          This customer is not in this workspace (yet: it may still be on its way from another device). <a href={routeHref({ view: 'customers' })}>Back to customers</a>
        </p>
      </section>
    );
  }

  return (
    <article className="view customer-page" aria-labelledby="customer-title">
      <CustomerHeader card={card} doc={doc} provider={provider} log={log} />
      <div className="customer-body">
        <section className="notebook-column" aria-label="Notebook section">
          {doc ? <NotebookEditor key={`${id}-${provider ? 'live' : 'local'}`} doc={doc} awareness={provider?.awareness} /> : <div className="editor-loading" aria-busy="true">Opening notebook…</div>}
          {doc && (
            <Deferred>
              <CustomerActivity customerId={card.id} doc={doc} log={log} />
            </Deferred>
          )}
        </section>
        <aside className="profile-column" aria-label="Customer details">
          {doc && (
            <Deferred>
              <CustomerBrief card={card} doc={doc} />
              <FollowUpsPanel doc={doc} />
            </Deferred>
          )}
          {doc ? <ProfilePanel doc={doc} /> : <p aria-busy="true">Loading profile…</p>}
          <section className="panel relationship" aria-labelledby="relationship-title">
            <h2 id="relationship-title">Relationship</h2>
            <RelationshipSettings card={card} />
          </section>
          <StageHistory entries={card.stageHistory} />
        </aside>
      </div>
      {log.dialog}
      {doc && <StageSuggestion customerId={card.id} doc={doc} />}
    </article>
  );
}
