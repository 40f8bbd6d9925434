import { useEffect, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { renderStoryHtml, storyHeaderFooter, STORY_SECTIONS, type StorySection } from '../../shared/story/storyHtml';
import { storyInputFromDocs } from '../../shared/story/storyInput';
import { desktopBridge, bridgeErrorMessage } from '../../shared/ipc/bridge';
import type { CustomerSummary } from '../../shared/insights/summary';
import { useSession } from '../workspace/SessionContext';
import { TIME_ZONE } from '../insights/useInsights';
import { safeFileName } from '../backup/files';
import { printHtmlInFrame } from './printFrame';

const LABELS: Record<StorySection, string> = {
  cover: 'Cover',
  journey: 'Relationship journey',
  facts: 'Key facts',
  interactions: 'Interactions',
  notebook: 'Notebook',
  followUps: 'Open follow-ups',
};

/** "Export PDF": choose sections, a date range for interactions and the paper, then print the story. */
export function ExportStoryDialog(props: { customerId: string; doc: Y.Doc; summary: CustomerSummary | undefined; onClose: () => void }) {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [sections, setSections] = useState<Set<StorySection>>(new Set(STORY_SECTIONS));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>(() => (navigator.language === 'en-US' ? 'Letter' : 'A4'));
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus('Preparing the story…');
    try {
      const summary = props.summary;
      const input = storyInputFromDocs(session.doc, props.doc, props.customerId, {
        now: Date.now(),
        timeZone: TIME_ZONE,
        summary: summary && { tier: summary.tier, ltv: summary.ltv, daysInStage: summary.daysInStage, health: summary.health },
      });
      const html = renderStoryHtml(input, {
        sections: STORY_SECTIONS.filter((s) => sections.has(s)),
        from: from ? new Date(`${from}T00:00:00`).getTime() : undefined,
        to: to ? new Date(`${to}T23:59:59.999`).getTime() : undefined,
        pageSize,
      });
      const bridge = desktopBridge();
      const title = `${input.card.name} — customer story`;
      if (bridge) {
        const result = await bridge.printToPdf({ html, pageSize, suggestedName: `${safeFileName(input.card.name)} story.pdf`, title, ...storyHeaderFooter(title) });
        setStatus(result.saved ? `Saved ${result.path ?? ''}` : 'Not saved.');
        if (result.saved) props.onClose();
      } else {
        // The web build prints the same HTML through the browser's print dialog ("Save as PDF").
        printHtmlInFrame(html, title);
        setStatus('Opened the print dialog: choose “Save as PDF”.');
      }
    } catch (e) {
      setStatus(`The story could not be exported: ${bridgeErrorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="export-title" onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="export-title">Export customer story</h2>
        <fieldset className="plain">
          <legend>Sections</legend>
          {STORY_SECTIONS.map((section) => (
            <label key={section} className="check">
              <input
                type="checkbox"
                checked={sections.has(section)}
                onChange={(e) => {
                  const next = new Set(sections);
                  if (e.target.checked) next.add(section);
                  else next.delete(section);
                  setSections(next);
                }}
              />{' '}
              {LABELS[section]}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label className="stack">
            Interactions from
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="stack">
            to
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
        <label className="stack">
          Paper
          <select value={pageSize} onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        {status && (
          <p role="status" aria-label="Export status" className="small">
            {status}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            Close
          </button>
          <button type="submit" className="primary" disabled={busy || sections.size === 0}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
