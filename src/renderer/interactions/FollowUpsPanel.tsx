import { useState } from 'react';
import type * as Y from 'yjs';
import { followUpsMap, putFollowUp, readFollowUps } from '../../shared/model/customerDoc';
import { newId } from '../../shared/ids';
import { useYValue } from '../workspace/SessionContext';
import { LOCAL_ORIGIN } from '../workspace/session';
import { useApp } from '../app/AppContext';
import { InvalidFields } from '../customers/InvalidFields';
import { todayIso } from './dates';
import { AssigneeSelect } from '../followups/AssigneeSelect';
import { FollowUpRow } from '../followups/FollowUpRow';
import { useFollowUpActions } from '../followups/useFollowUpActions';

const types = (doc: Y.Doc) => [followUpsMap(doc)];

/** What we promised next: what, when, who; done with Undo, edit, snooze, assign. */
export function FollowUpsPanel({ doc }: { doc: Y.Doc }) {
  const app = useApp();
  const actions = useFollowUpActions(doc);
  const { items, invalid } = useYValue(doc, types, readFollowUps);
  const [text, setText] = useState('');
  const [due, setDue] = useState(todayIso());
  const [assignee, setAssignee] = useState(app.user.id);
  const [showDone, setShowDone] = useState(false);
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
          <FollowUpRow key={f.id} followUp={f} today={today} actions={actions} />
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label="New follow-up"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return;
          putFollowUp(doc, newId(), { text: text.trim(), due, assignee, done: false }, LOCAL_ORIGIN);
          setText('');
        }}
      >
        <input aria-label="Follow-up" placeholder="What did we promise?" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} />
        <input aria-label="Due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        <AssigneeSelect value={assignee} onChange={setAssignee} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
