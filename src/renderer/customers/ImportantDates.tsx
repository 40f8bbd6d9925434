import { useRef, useState } from 'react';
import type { ImportantDate } from '../../shared/model/schemas';
import { useFormats } from '../format/useFormats';

/**
 * The dates list, and a form to add one that opens on "Add date" (or at once, when
 * the field was just chosen under "Add field"). Closed by default because a date
 * input is costly to show (Chromium builds its fields and loads its calendar
 * icon), and every customer page would pay for it on open.
 */
export function ImportantDates(props: { dates: ImportantDate[]; onChange: (dates: ImportantDate[]) => void; startAdding?: boolean }) {
  const formats = useFormats();
  const [adding, setAdding] = useState(props.startAdding === true);
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAdding(false);
    setLabel('');
    setDate('');
    // Back where the user started, not lost on the page body.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <>
      <span className="field-label">Important dates</span>
      {props.dates.length === 0 && !adding && <p className="empty small">None yet.</p>}
      <ul className="dates">
        {props.dates.map((d, i) => (
          <li key={`${d.label}-${d.date}-${i}`}>
            <span>{d.label}</span> <time dateTime={d.date}>{formats.day(d.date)}</time>
            <button className="link-button" aria-label={`Remove ${d.label}`} onClick={() => props.onChange(props.dates.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <form
          className="inline-form date-form"
          aria-label="New important date"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            if (!label.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
            props.onChange([...props.dates, { label: label.trim(), date }]);
            close();
          }}
        >
          <input className="date-label" aria-label="Date label" placeholder="Birthday, renewal…" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} required autoFocus />
          <input aria-label="Date value" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          <button type="submit">Save date</button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </form>
      ) : (
        <button ref={addButton} type="button" className="link-button" onClick={() => setAdding(true)}>
          Add date
        </button>
      )}
    </>
  );
}
