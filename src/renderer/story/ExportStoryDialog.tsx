import { useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { renderStoryHtml, storyHeaderFooter, STORY_TEMPLATES, type StorySection, type StoryTemplateId } from '../../shared/story/storyHtml';
import { storyInputFromDocs, storySummaryOf } from '../../shared/story/storyInput';
import { TEMPLATES, orderedSections } from '../../shared/story/storyTemplates';
import { desktopBridge, bridgeErrorMessage } from '../../shared/ipc/bridge';
import type { CustomerSummary } from '../../shared/insights/summary';
import { useSession } from '../workspace/SessionContext';
import { TIME_ZONE } from '../insights/useInsights';
import { safeFileName } from '../backup/files';
import { printHtmlInFrame } from './printFrame';
import { useModalDialog } from '../ui/useModalDialog';
import './exportStory.css';

const LABELS: Record<StorySection, string> = {
  cover: 'Summary',
  charts: 'Figures and charts',
  journey: 'Relationship journey',
  facts: 'Key facts',
  interactions: 'Interactions',
  notebook: 'Notebook',
  followUps: 'Open follow-ups',
};

const TEMPLATE_HINTS: Record<StoryTemplateId, string> = {
  accountReview: 'Figures, charts and the journey first.',
  handover: 'Contacts, open follow-ups, preferences and key dates first.',
};

/** "Export PDF": choose a template, its sections, a date range for interactions and the paper, then print the story. */
export function ExportStoryDialog(props: { customerId: string; doc: Y.Doc; summary: CustomerSummary | undefined; onClose: () => void }) {
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [template, setTemplate] = useState<StoryTemplateId>('accountReview');
  const [sections, setSections] = useState<Set<StorySection>>(() => new Set(TEMPLATES.accountReview.defaults));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>(() => (navigator.language === 'en-US' ? 'Letter' : 'A4'));
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Modal, and focus back to what opened it (Export PDF) when it closes.
  useModalDialog(dialog);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus('Preparing the story…');
    try {
      const input = storyInputFromDocs(session.doc, props.doc, props.customerId, {
        now: Date.now(),
        timeZone: TIME_ZONE,
        summary: props.summary && storySummaryOf(props.summary),
      });
      const html = renderStoryHtml(input, {
        template,
        sections: orderedSections(TEMPLATES[template], [...sections]),
        from: from ? new Date(`${from}T00:00:00`).getTime() : undefined,
        to: to ? new Date(`${to}T23:59:59.999`).getTime() : undefined,
        pageSize,
      });
      const bridge = desktopBridge();
      const kind = TEMPLATES[template].name.toLowerCase();
      const title = `${input.card.name} — ${kind}`;
      if (bridge) {
        const result = await bridge.printToPdf({ html, pageSize, suggestedName: `${safeFileName(input.card.name)} ${kind}.pdf`, title, ...storyHeaderFooter(title) });
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
        <fieldset className="story-templates" role="radiogroup" aria-label="Template">
          <legend>Template</legend>
          {STORY_TEMPLATES.map((id) => (
            <label key={id} className="story-template">
              <input
                type="radio"
                name="story-template"
                value={id}
                checked={template === id}
                aria-describedby={`story-template-${id}-hint`}
                onChange={() => {
                  // A template brings its own sections; the user can still change them below.
                  setTemplate(id);
                  setSections(new Set(TEMPLATES[id].defaults));
                }}
              />
              <span>
                <span className="story-template-name">{TEMPLATES[id].name}</span>
                <span id={`story-template-${id}-hint`} className="small">
                  {TEMPLATE_HINTS[id]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="plain">
          <legend>Sections</legend>
          {TEMPLATES[template].order.map((section) => (
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
