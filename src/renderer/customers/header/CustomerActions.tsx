import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { customerToMarkdown } from '../../../shared/export/customerMarkdown';
import { saveBytes, safeFileName } from '../../backup/files';
import { ExportStoryDialog } from '../../story/lazyExportStoryDialog';
import { TIME_ZONE, useInsights } from '../../insights/useInsights';
import { useSession } from '../../workspace/SessionContext';
import { useToast } from '../../ui/Toast';
import { ArchiveIcon, ExportIcon, LogInteractionIcon, MarkdownIcon, RestoreIcon } from '../../ui/icons';
import type { InteractionLog } from '../../interactions/useInteractionLog';

/** The page's commands: log an interaction (the main one), export, archive. */
export function CustomerActions({ card, doc, log }: { card: CustomerCard; doc: Y.Doc | undefined; log: InteractionLog }) {
  const session = useSession();
  const toast = useToast();
  const [exporting, setExporting] = useState(false);
  // The app menu's "Export PDF".
  useEffect(() => {
    const open = () => setExporting(true);
    window.addEventListener('rapport:export-pdf', open);
    return () => window.removeEventListener('rapport:export-pdf', open);
  }, []);
  const toggleArchived = () => {
    session.setField(card.id, 'archived', !card.archived);
    toast({ message: card.archived ? 'Customer restored.' : 'Customer archived.', action: { label: 'Undo', run: () => session.setField(card.id, 'archived', card.archived) } });
  };
  const exportMarkdown = () => {
    if (doc) void saveBytes(`${safeFileName(card.name)}.md`, customerToMarkdown(session.doc, doc, card.id, TIME_ZONE), { name: 'Markdown', extensions: ['md'] });
  };

  return (
    <div className="customer-actions" role="group" aria-label="Customer actions">
      <button className="primary" onClick={log.logNew} disabled={!doc} aria-keyshortcuts="L" title="Log interaction (L)">
        <LogInteractionIcon /> Log interaction
      </button>
      <button onClick={() => setExporting(true)} disabled={!doc}>
        <ExportIcon /> Export PDF
      </button>
      <button onClick={exportMarkdown} disabled={!doc}>
        <MarkdownIcon /> Export Markdown
      </button>
      <button onClick={toggleArchived}>
        {card.archived ? <RestoreIcon /> : <ArchiveIcon />} {card.archived ? 'Restore' : 'Archive'}
      </button>
      {exporting && doc && <ExportWithSummary id={card.id} doc={doc} onClose={() => setExporting(false)} />}
    </div>
  );
}

/** Tier and health in the story come from the workspace-wide figures. */
function ExportWithSummary(props: { id: string; doc: Y.Doc; onClose: () => void }) {
  const { summaries } = useInsights();
  return <ExportStoryDialog customerId={props.id} doc={props.doc} summary={summaries.byId.get(props.id)} onClose={props.onClose} />;
}
