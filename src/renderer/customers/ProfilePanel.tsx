import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { profileHistoryArray, profileMap, readFieldHistory, readProfile, recordProfileEdit, setProfileField } from '../../shared/model/customerDoc';
import { FieldHistory } from './FieldHistory';
import { useApp } from '../app/AppContext';
import type { Profile, ProfileField } from '../../shared/model/schemas';
import { describeRaw } from '../../shared/model/validation';
import { useYValue } from '../workspace/SessionContext';
import { CommitInput } from '../ui/CommitInput';
import { LOCAL_ORIGIN } from '../workspace/session';
import { InvalidFields } from './InvalidFields';
import { ImportantDates } from './ImportantDates';
import { AddFieldMenu } from './AddFieldMenu';
import { ALWAYS_SHOWN, isFilled, PROFILE_FIELDS, type EditableField, type TextField } from './profileFields';

const profileTypes = (doc: Y.Doc) => [profileMap(doc), profileHistoryArray(doc)];
const read = (doc: Y.Doc) => {
  const profile = readProfile(doc);
  // A field with earlier values stays in view even when empty: its history is one click from being used again.
  const withHistory = new Set(PROFILE_FIELDS.filter(({ field }) => readFieldHistory(doc, field).length > 0).map(({ field }) => field));
  return { ...profile, withHistory };
};

/** Lists edited as text: one entry per comma, semicolon or line. */
const splitList = (text: string) => text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/**
 * The detailed profile (Identify): contact channels, habits, preferences, dates,
 * custom fields. What is known shows; empty fields wait under "Add field", except
 * how to reach them. A field stays shown while it holds a value that cannot be
 * read, has a history, or was chosen here.
 */
export function ProfilePanel({ doc }: { doc: Y.Doc }) {
  const { profile, invalid, unknown, withHistory } = useYValue(doc, profileTypes, read);
  const invalidNames = new Set<string>(invalid.map((f) => f.field));
  const app = useApp();
  const [chosen, setChosen] = useState<ReadonlySet<EditableField>>(new Set());
  const [focusing, setFocusing] = useState<EditableField | null>(null);
  const rows = useRef(new Map<EditableField, HTMLElement>());
  useEffect(() => {
    if (!focusing) return;
    rows.current.get(focusing)?.querySelector<HTMLElement>('input, textarea')?.focus();
    setFocusing(null);
  }, [focusing]);
  const record = (field: ProfileField, value: unknown) => recordProfileEdit(doc, field, value, app.user.id, Date.now(), LOCAL_ORIGIN);
  const set = useCallback(
    <K extends ProfileField>(field: K, value: Parameters<typeof setProfileField<K>>[2]) => setProfileField(doc, field, value, LOCAL_ORIGIN),
    [doc],
  );
  const shown = (field: EditableField) => ALWAYS_SHOWN.has(field) || isFilled(profile, field) || invalidNames.has(field) || withHistory.has(field) || chosen.has(field);
  const choose = (field: EditableField) => {
    setChosen((s) => new Set(s).add(field));
    setFocusing(field);
  };
  const rowRef = (field: EditableField) => (element: HTMLElement | null) => {
    if (element) rows.current.set(field, element);
    else rows.current.delete(field);
  };

  return (
    <section className="panel profile" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <InvalidFields fields={invalid} context="profile" />
      {PROFILE_FIELDS.filter(({ field }) => shown(field)).map(({ field, label, multiline }) => (
        <div className="field" key={field} ref={rowRef(field)}>
          {field === 'importantDates' ? (
            <ImportantDates dates={profile.importantDates} onChange={(v) => set('importantDates', v)} startAdding={chosen.has(field) && profile.importantDates.length === 0} />
          ) : (
            <FieldInput doc={doc} field={field} label={label} multiline={multiline} profile={profile} invalid={invalidNames.has(field)} set={set} record={record} />
          )}
        </div>
      ))}
      <AddFieldMenu fields={PROFILE_FIELDS.filter(({ field }) => !shown(field))} onChoose={(f) => choose(f as EditableField)} />
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

interface FieldInputProps {
  doc: Y.Doc;
  field: Exclude<EditableField, 'importantDates'>;
  label: string;
  multiline?: boolean;
  profile: Profile;
  invalid: boolean;
  set: <K extends ProfileField>(field: K, value: Parameters<typeof setProfileField<K>>[2]) => void;
  record: (field: ProfileField, value: unknown) => void;
}

/** One field: its label, the input (a list as text for emails and phones) and its history. */
function FieldInput({ doc, field, label, multiline, profile, invalid, set, record }: FieldInputProps) {
  const list = field === 'emails' || field === 'phones';
  return (
    <>
      <span className="field-label" aria-hidden="true">
        {label}
      </span>
      {list ? (
        <CommitInput
          label={label}
          value={profile[field].join(', ')}
          invalid={invalid}
          type={field === 'phones' ? 'tel' : undefined}
          placeholder="Separate several with commas"
          onCommit={(v) => set(field, splitList(v))}
          onDone={(v) => record(field, splitList(v))}
        />
      ) : (
        <CommitInput label={label} value={profile[field as TextField]} multiline={multiline} invalid={invalid} maxLength={5000} onCommit={(v) => set(field, v)} onDone={(v) => record(field, v)} />
      )}
      <FieldHistory doc={doc} field={field} label={label} current={profile[field]} onRestore={(v) => (list ? set(field, v as string[]) : set(field, String(v)))} />
    </>
  );
}
