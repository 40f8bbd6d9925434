import { useCallback, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { profileHistoryArray, profileMap, readProfile, recordProfileEdit, setProfileField } from '../../shared/model/customerDoc';
import { FieldHistory } from './FieldHistory';
import { useApp } from '../app/AppContext';
import type { ProfileField } from '../../shared/model/schemas';
import { describeRaw } from '../../shared/model/validation';
import { useYValue } from '../workspace/SessionContext';
import { CommitInput } from '../ui/CommitInput';
import { LOCAL_ORIGIN } from '../workspace/session';
import { InvalidFields } from './InvalidFields';
import { useFormats } from '../format/useFormats';

type TextField = Exclude<ProfileField, 'emails' | 'phones' | 'importantDates' | 'customFields'>;

const TEXT_FIELDS: { field: TextField; label: string; multiline?: boolean }[] = [
  { field: 'role', label: 'Role' },
  { field: 'address', label: 'Address', multiline: true },
  { field: 'habits', label: 'Habits', multiline: true },
  { field: 'preferences', label: 'Preferences', multiline: true },
  { field: 'likes', label: 'Likes', multiline: true },
  { field: 'dislikes', label: 'Dislikes', multiline: true },
  { field: 'reasonsForBuying', label: 'Reasons for buying', multiline: true },
];

const profileTypes = (doc: Y.Doc) => [profileMap(doc), profileHistoryArray(doc)];

/** Lists edited as text: one entry per comma, semicolon or line. */
const splitList = (text: string) => text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/** The detailed profile (Identify): contact channels, habits, preferences, dates, custom fields. */
export function ProfilePanel({ doc }: { doc: Y.Doc }) {
  const { profile, invalid, unknown } = useYValue(doc, profileTypes, readProfile);
  const invalidNames = new Set(invalid.map((f) => f.field));
  const app = useApp();
  const record = (field: ProfileField, value: unknown) => recordProfileEdit(doc, field, value, app.user.name, Date.now(), LOCAL_ORIGIN);
  const set = useCallback(
    <K extends ProfileField>(field: K, value: Parameters<typeof setProfileField<K>>[2]) => setProfileField(doc, field, value, LOCAL_ORIGIN),
    [doc],
  );

  return (
    <section className="panel profile" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <InvalidFields fields={invalid} context="profile" />
      <div className="field">
        <span className="field-label" aria-hidden="true">
          Email
        </span>
        <ListInput label="Email" values={profile.emails} invalid={invalidNames.has('emails')} onCommit={(v) => set('emails', v)} onDone={(v) => record('emails', v)} />
        <FieldHistory doc={doc} field="emails" label="Email" current={profile.emails} onRestore={(v) => set('emails', v as string[])} />
      </div>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          Phone
        </span>
        <ListInput label="Phone" values={profile.phones} invalid={invalidNames.has('phones')} onCommit={(v) => set('phones', v)} onDone={(v) => record('phones', v)} type="tel" />
        <FieldHistory doc={doc} field="phones" label="Phone" current={profile.phones} onRestore={(v) => set('phones', v as string[])} />
      </div>
      {TEXT_FIELDS.map(({ field, label, multiline }) => (
        <div className="field" key={field}>
          <span className="field-label" aria-hidden="true">
            {label}
          </span>
          <CommitInput label={label} value={profile[field]} multiline={multiline} invalid={invalidNames.has(field)} maxLength={5000} onCommit={(v) => set(field, v)} onDone={(v) => record(field, v)} />
          <FieldHistory doc={doc} field={field} label={label} current={profile[field]} onRestore={(v) => set(field, String(v))} />
        </div>
      ))}
      <ImportantDates dates={profile.importantDates} onChange={(v) => set('importantDates', v)} />
      {Object.keys(profile.customFields).length > 0 && (
        <div className="field">
          <span className="field-label">Custom fields</span>
          <dl className="custom-fields">
            {Object.entries(profile.customFields).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{String(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {Object.keys(unknown).length > 0 && (
        <details className="unknown-fields">
          <summary>Fields from a newer version ({Object.keys(unknown).length})</summary>
          <dl>
            {Object.entries(unknown).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{describeRaw(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}

function ListInput(props: { label: string; values: string[]; invalid: boolean; onCommit: (values: string[]) => void; onDone: (values: string[]) => void; type?: string }) {
  return (
    <CommitInput
      label={props.label}
      value={props.values.join(', ')}
      invalid={props.invalid}
      type={props.type}
      placeholder="Separate several with commas"
      onCommit={(v) => props.onCommit(splitList(v))}
      onDone={(v) => props.onDone(splitList(v))}
    />
  );
}

/**
 * The dates list, and a form to add one that opens on "Add date". Closed by
 * default because a date input is costly to show (Chromium builds its fields and
 * loads its calendar icon), and every customer page would pay for it on open.
 */
function ImportantDates(props: { dates: { label: string; date: string }[]; onChange: (dates: { label: string; date: string }[]) => void }) {
  const formats = useFormats();
  const [adding, setAdding] = useState(false);
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
    <div className="field">
      <span className="field-label">Important dates</span>
      {props.dates.length === 0 && <p className="empty small">None yet.</p>}
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
    </div>
  );
}
