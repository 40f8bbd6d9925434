import { useState } from 'react';
import type * as Y from 'yjs';
import { deleteFollowUp, followUpsMap, putFollowUp, readFollowUps } from '../../shared/model/customerDoc';
import { newId } from '../../shared/ids';
import { useYValue } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useApp } from '../app/AppContext';
import { useToast } from '../ui/Toast';
import { InvalidFields } from '../customers/InvalidFields';
import { todayIso } from './dates';
import { useFormats } from '../format/useFormats';

const types = (doc: Y.Doc) => [followUpsMap(doc)];

/** What we promised next: due date, who, done. */
export function FollowUpsPanel({ doc }: { doc: Y.Doc }) {
  const app = useApp();
  const toast = useToast();
  const { items, invalid } = useYValue(doc, types, readFollowUps);
  const [text, setText] = useState('');
  const [due, setDue] = useState(todayIso());
  const [showDone, setShowDone] = useState(false);
  const formats = useFormats();
  const today = todayIso();
  const visible = items.filter((f) => showDone || !f.done);

  return (
    <section className="panel" aria-labelledby="followups-title">
      <div className="panel-head">
        <h2 id="followups-title">Follow-ups</h2>
        <label className="check small">
          <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} /> Show done
        </label>
      </div>
      <InvalidFields fields={invalid} context="follow-up" />
      {visible.length === 0 && <p className="empty small">Nothing open.</p>}
      <ul className="followups">
        {visible.map((f) => (
          <li key={f.id} className={f.done ? 'done' : f.due < today ? 'overdue' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                checked={f.done}
                onChange={(e) => putFollowUp(doc, f.id, { ...f, done: e.target.checked }, LOCAL_ORIGIN)}
                aria-label={`Done: ${f.text}`}
              />
              <span>{f.text}</span>
            </label>
            <time dateTime={f.due} className="muted small">
              {f.due < today && !f.done ? `overdue since ${formats.day(f.due)}` : f.due === today ? 'today' : formats.day(f.due)}
            </time>
            <span className="muted small">{f.assignee}</span>
            <button
              className="link-button"
              aria-label={`Delete follow-up: ${f.text}`}
              onClick={() => {
                const { id, ...value } = f;
                deleteFollowUp(doc, id, LOCAL_ORIGIN);
                toast({ message: 'Follow-up deleted.', action: { label: 'Undo', run: () => putFollowUp(doc, id, value, LOCAL_ORIGIN) } });
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label="New follow-up"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return;
          putFollowUp(doc, newId(), { text: text.trim(), due, assignee: app.user.name, done: false }, LOCAL_ORIGIN);
          setText('');
        }}
      >
        <input aria-label="Follow-up" placeholder="What did we promise?" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} />
        <input aria-label="Due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
