import type * as Y from 'yjs';
import { useCard, useCustomerDoc, useSession } from '../workspace/SessionContext';
import { STAGE_LABELS, STAGES, type Stage } from '../../shared/stages';
import { ProfilePanel } from './ProfilePanel';
import { StageHistory } from './StageHistory';
import { InvalidFields } from './InvalidFields';
import { NotebookEditor } from '../notebook/NotebookEditor';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import { FollowUpsPanel } from '../interactions/FollowUpsPanel';
import { CustomerBrief } from './CustomerBrief';
import { RelationshipSettings } from './RelationshipSettings';
import { CustomerTimeline } from '../timeline/CustomerTimeline';
import { Deferred } from '../ui/Deferred';
import { useSyncManager } from '../sync/useSyncState';
import { Presence } from '../sync/Presence';
import { useEffect, useState } from 'react';
import { ExportStoryDialog } from '../story/lazyExportStoryDialog';
import { customerToMarkdown } from '../../shared/export/customerMarkdown';
import { saveBytes, safeFileName } from '../backup/files';
import { TIME_ZONE } from '../insights/useInsights';
import { useInsights } from '../insights/useInsights';
import { CommitInput } from '../ui/CommitInput';
import { routeHref } from '../app/router';
import { useToast } from '../ui/Toast';

/** One customer: who they are, where they stand, and the notebook. */
export function CustomerPage({ id }: { id: string }) {
  const session = useSession();
  const card = useCard(id);
  const doc = useCustomerDoc(id);
  const toast = useToast();
  const sync = useSyncManager();
  const [exporting, setExporting] = useState(false);
  // The app menu's "Export PDF".
  useEffect(() => {
    const open = () => setExporting(true);
    window.addEventListener('rapport:export-pdf', open);
    return () => window.removeEventListener('rapport:export-pdf', open);
  }, []);
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

  const toggleArchived = () => {
    session.setField(id, 'archived', !card.archived);
    toast({ message: card.archived ? 'Customer restored.' : 'Customer archived.', action: { label: 'Undo', run: () => session.setField(id, 'archived', card.archived) } });
  };

  return (
    <article className="view customer-page" aria-labelledby="customer-title">
      <header className="customer-header">
        <a className="back" href={routeHref({ view: 'customers' })}>
          ← Customers
        </a>
        <h1 id="customer-title" className="visually-hidden">
          {card.name}
        </h1>
        <CommitInput className="title-input" label="Customer name" value={card.name} onCommit={(v) => session.setField(id, 'name', v)} maxLength={500} />
        <CommitInput className="subtitle-input" label="Company name" value={card.company} onCommit={(v) => session.setField(id, 'company', v)} maxLength={500} />
        <div className="header-row">
          <label>
            Stage{' '}
            <select aria-label="Stage" value={card.stage} onChange={(e) => session.setStage(id, e.target.value as Stage)}>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          </label>
          <span className="muted">Owner: {card.owner || '—'}</span>
          <Presence provider={provider} label="People in this notebook" />
          {card.archived && <span className="badge">Archived</span>}
          <div className="spacer" />
          <button onClick={() => setExporting(true)} disabled={!doc}>
            Export PDF
          </button>
          <button
            disabled={!doc}
            onClick={() => doc && void saveBytes(`${safeFileName(card.name)}.md`, customerToMarkdown(session.doc, doc, id, TIME_ZONE), { name: 'Markdown', extensions: ['md'] })}
          >
            Export Markdown
          </button>
          <button onClick={toggleArchived}>{card.archived ? 'Restore' : 'Archive'}</button>
        </div>
        <RelationshipSettings card={card} />
        <InvalidFields fields={card.invalid} context="card" />
      </header>
      <div className="customer-body">
        <section className="notebook-column" aria-label="Notebook section">
          {doc ? <NotebookEditor key={`${id}-${provider ? 'live' : 'local'}`} doc={doc} awareness={provider?.awareness} /> : <div className="editor-loading" aria-busy="true">Opening notebook…</div>}
          {doc && (
            <Deferred>
              <InteractionsPanel doc={doc} />
              <CustomerTimeline customerId={card.id} doc={doc} />
            </Deferred>
          )}
        </section>
        <aside className="profile-column">
          {doc && (
            <Deferred>
              <CustomerBrief card={card} doc={doc} />
              <FollowUpsPanel doc={doc} />
            </Deferred>
          )}
          {doc ? <ProfilePanel doc={doc} /> : <p aria-busy="true">Loading profile…</p>}
          <StageHistory entries={card.stageHistory} />
        </aside>
      </div>
      {exporting && doc && <ExportWithSummary id={id} doc={doc} onClose={() => setExporting(false)} />}
    </article>
  );
}

/** Tier and health in the story come from the workspace-wide figures. */
function ExportWithSummary(props: { id: string; doc: Y.Doc; onClose: () => void }) {
  const { summaries } = useInsights();
  return <ExportStoryDialog customerId={props.id} doc={props.doc} summary={summaries.byId.get(props.id)} onClose={props.onClose} />;
}
