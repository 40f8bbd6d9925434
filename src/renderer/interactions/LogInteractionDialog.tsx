import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { INTERACTION_KINDS, SENTIMENTS, type FollowUp, type Interaction, type InteractionKind, type Sentiment } from '../../shared/model/schemas';
import type { EventDate } from '../../shared/dates/eventDate';
import { eventDateFromInputs, eventDateToInputs } from '../../shared/dates/eventDate';
import { parseAmount } from '../../shared/money/parseAmount';
import { formatMoney, type Money } from '../../shared/money/money';
import { KIND_LABELS, SENTIMENT_LABELS } from './labels';
import { todayIso } from './dates';
import { useFormats } from '../format/useFormats';
import { useModalDialog } from '../ui/useModalDialog';
import './logInteraction.css';

export interface InteractionDraft {
  kind: InteractionKind;
  when: EventDate;
  summary: string;
  sentiment: Sentiment;
  amount: Money | null;
}

type Field = 'date' | 'time' | 'summary' | 'amount' | 'nextDue';

/**
 * Logs or edits an interaction. Every earlier interaction and every open
 * follow-up stays in view beside the form (Interact: each interaction in the
 * context of all the earlier ones).
 *
 * The Amount is read as it is typed, in the workspace locale and currency, and
 * what it was read as is shown beside it ("= €13,250.00") or why it cannot be;
 * Save is refused (focus on the field) until it reads. The Time may stay empty:
 * the interaction then has a date and no time, and no time is ever shown for it.
 */
export function LogInteractionDialog(props: {
  initial?: Interaction;
  previous: Interaction[];
  openFollowUps: FollowUp[];
  /** `nextStep`: a follow-up to add in the same save (new interactions only). */
  onSave: (draft: InteractionDraft, nextStep?: { text: string; due: string }) => void;
  onClose: () => void;
}) {
  const formats = useFormats();
  const dialog = useRef<HTMLDialogElement>(null);
  const fields = { date: useRef<HTMLInputElement>(null), time: useRef<HTMLInputElement>(null), summary: useRef<HTMLTextAreaElement>(null), amount: useRef<HTMLInputElement>(null), nextDue: useRef<HTMLInputElement>(null) };
  const ids = { amountPreview: useId(), timeHint: useId() };
  const initialInputs = props.initial ? eventDateToInputs(props.initial.when, formats.timeZone) : { date: todayIso(), time: '' };
  // An amount keeps its currency when edited (one logged before the workspace currency changed stays in its own).
  const currency = props.initial?.amount?.currency ?? formats.currency;
  const [kind, setKind] = useState<InteractionKind>(props.initial?.kind ?? 'call');
  const [date, setDate] = useState(initialInputs.date);
  const [time, setTime] = useState(initialInputs.time);
  const [summary, setSummary] = useState(props.initial?.summary ?? '');
  const [sentiment, setSentiment] = useState<Sentiment>(props.initial?.sentiment ?? 'neutral');
  const [amount, setAmount] = useState(props.initial?.amount ? formatMoney(props.initial.amount, formats.locale) : '');
  const [nextStep, setNextStep] = useState('');
  const [nextDue, setNextDue] = useState('');
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);

  const parsed = useMemo(() => parseAmount(amount, { locale: formats.locale, currency }), [amount, formats.locale, currency]);
  const amountInvalid = !parsed.ok && !parsed.empty;

  useModalDialog(dialog);

  useEffect(() => {
    if (error?.field) fields[error.field].current?.focus();
    // Focus moves once per refusal, not on every keystroke after it.
  }, [error]);

  const refuse = (field: Field | null, message: string) => setError({ field, message });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = eventDateFromInputs(date, time, formats.timeZone);
    if (!when.ok) return refuse(when.field, when.message);
    if (!summary.trim()) return refuse('summary', 'Write a short summary.');
    if (!parsed.ok && !parsed.empty) return refuse('amount', parsed.message);
    const money = parsed.ok ? parsed.money : null;
    if (kind === 'purchase' && money === null) return refuse('amount', 'A purchase needs an amount.');
    // An unchanged date and time keep their stored form (an old timestamp stays as it was).
    const unchanged = props.initial && initialInputs.date === date && initialInputs.time === time;
    if (nextStep.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(nextDue)) return refuse('nextDue', 'Choose when the next step is due.');
    props.onSave({ kind, when: unchanged ? props.initial!.when : when.value, summary: summary.trim(), sentiment, amount: money }, nextStep.trim() ? { text: nextStep.trim(), due: nextDue } : undefined);
  };

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby="log-title" onClose={props.onClose}>
      <div className="dialog-columns">
        <form onSubmit={submit} aria-label="Interaction" noValidate>
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
          <div className="field-row">
            <label>
              Date
              <input ref={fields.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} required aria-invalid={error?.field === 'date' || undefined} />
            </label>
            <label>
              Time
              <input
                ref={fields.time}
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
                aria-describedby={ids.timeHint}
                aria-invalid={error?.field === 'time' || undefined}
              />
            </label>
          </div>
          <p id={ids.timeHint} className="hint">
            Optional: without a time, only the date is kept and shown.
          </p>
          <label>
            Summary
            <textarea ref={fields.summary} value={summary} onChange={(e) => setSummary(e.target.value)} rows={4} maxLength={20000} autoFocus />
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
            <input
              ref={fields.amount}
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(e) => {
                setAmount(e.target.value);
                if (error?.field === 'amount') setError(null);
              }}
              placeholder={kind === 'purchase' ? `Required for a purchase, in ${currency}` : `Optional, in ${currency}`}
              aria-describedby={ids.amountPreview}
              aria-invalid={amountInvalid || undefined}
            />
          </label>
          <p id={ids.amountPreview} className={amountInvalid ? 'amount-preview error-text' : 'amount-preview hint'} aria-live="polite">
            {parsed.ok ? `= ${formatMoney(parsed.money, formats.locale)}` : amountInvalid ? parsed.message : ''}
          </p>
          {!props.initial && (
            <fieldset className="next-step">
              <legend>Next step</legend>
              <div className="field-row">
                <label>
                  Next step
                  <input value={nextStep} onChange={(e) => setNextStep(e.target.value)} maxLength={5000} placeholder="Optional: what was promised" />
                </label>
                <label>
                  Due
                  <input ref={fields.nextDue} type="date" value={nextDue} onChange={(e) => setNextDue(e.target.value)} aria-invalid={error?.field === 'nextDue' || undefined} />
                </label>
              </div>
            </fieldset>
          )}
          {error && (
            <p role="alert" className="error-text">
              {error.message}
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
                  <time dateTime={f.due}>{formats.day(f.due)}</time> {f.text}
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
                  <time className="muted" dateTime={formats.eventAttribute(i.when)}>
                    {formats.event(i.when)}
                  </time>{' '}
                  <strong>{KIND_LABELS[i.kind]}</strong> {i.summary}
                  {i.amount && <span className="muted"> · {formats.money(i.amount)}</span>}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </dialog>
  );
}
