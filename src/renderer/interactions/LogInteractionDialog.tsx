import { useEffect, useRef, useState, type FormEvent } from 'react';
import { INTERACTION_KINDS, SENTIMENTS, type FollowUp, type Interaction, type InteractionKind, type Sentiment } from '../../shared/model/schemas';
import { KIND_LABELS, SENTIMENT_LABELS, money } from './labels';
import { atForDate, dayFormat, toIsoDate, todayIso } from './dates';

export interface InteractionDraft {
  kind: InteractionKind;
  at: number;
  summary: string;
  sentiment: Sentiment;
  amount: number | null;
}

/**
 * Logs or edits an interaction. Every earlier interaction and every open
 * follow-up stays in view beside the form (Interact: each interaction in the
 * context of all the earlier ones).
 */
export function LogInteractionDialog(props: {
  initial?: Interaction;
  previous: Interaction[];
  openFollowUps: FollowUp[];
  onSave: (draft: InteractionDraft) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<InteractionKind>(props.initial?.kind ?? 'call');
  const [date, setDate] = useState(props.initial ? toIsoDate(props.initial.at) : todayIso());
  const [summary, setSummary] = useState(props.initial?.summary ?? '');
  const [sentiment, setSentiment] = useState<Sentiment>(props.initial?.sentiment ?? 'neutral');
  const [amount, setAmount] = useState(props.initial?.amount != null ? String(props.initial.amount) : '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Choose a date.');
    if (!summary.trim()) return setError('Write a short summary.');
    const parsedAmount = amount.trim() === '' ? null : Number(amount.replace(',', '.'));
    if (parsedAmount !== null && !Number.isFinite(parsedAmount)) return setError('The amount must be a number.');
    if (kind === 'purchase' && parsedAmount === null) return setError('A purchase needs an amount.');
    const at = props.initial && toIsoDate(props.initial.at) === date ? props.initial.at : atForDate(date);
    props.onSave({ kind, at, summary: summary.trim(), sentiment, amount: parsedAmount });
  };

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby="log-title" onClose={props.onClose}>
      <div className="dialog-columns">
        <form onSubmit={submit} aria-label="Interaction">
          <h2 id="log-title">{props.initial ? 'Edit interaction' : 'Log interaction'}</h2>
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Date
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <label>
            Summary
            <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={4} maxLength={20000} autoFocus />
          </label>
          <label>
            Sentiment
            <select value={sentiment} onChange={(e) => setSentiment(e.target.value as Sentiment)}>
              {SENTIMENTS.map((s) => (
                <option key={s} value={s}>
                  {SENTIMENT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Amount
            <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder={kind === 'purchase' ? 'Required for a purchase' : 'Optional'} />
          </label>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={props.onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
        <aside className="dialog-context" aria-label="Context">
          <h3>Open follow-ups</h3>
          {props.openFollowUps.length === 0 ? (
            <p className="empty small">None.</p>
          ) : (
            <ul className="compact">
              {props.openFollowUps.map((f) => (
                <li key={f.id}>
                  <time dateTime={f.due}>{f.due}</time> {f.text}
                </li>
              ))}
            </ul>
          )}
          <h3>Earlier interactions</h3>
          {props.previous.length === 0 ? (
            <p className="empty small">This will be the first.</p>
          ) : (
            <ul className="compact" aria-label="Earlier interactions">
              {props.previous.slice(0, 30).map((i) => (
                <li key={i.id}>
                  <span className="muted">{dayFormat.format(i.at)}</span> <strong>{KIND_LABELS[i.kind]}</strong> {i.summary}
                  {i.amount != null && <span className="muted"> · {money.format(i.amount)}</span>}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </dialog>
  );
}
