import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { profileHistoryArray, readFieldHistory } from '../../shared/model/customerDoc';
import { describeRaw } from '../../shared/model/validation';
import { useYValue } from '../workspace/SessionContext';
import { useFormats } from '../format/useFormats';
import { PersonName } from '../people/PersonName';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const types = (doc: Y.Doc) => [profileHistoryArray(doc)];

/**
 * Earlier values of one profile field, with who wrote them and when. When two
 * people typed at once, the value that did not win is here, one click from
 * being used again.
 */
export function FieldHistory(props: { doc: Y.Doc; field: string; label: string; current: unknown; onRestore: (value: unknown) => void }) {
  const [open, setOpen] = useState(false);
  const formats = useFormats();
  const read = useCallback((doc: Y.Doc) => readFieldHistory(doc, props.field), [props.field]);
  const history = useYValue(props.doc, types, read);
  const others = history.filter((e) => !same(e.value, props.current));
  if (history.length === 0) return null;
  return (
    <div className="field-history">
      <button className="link-button small" aria-expanded={open} aria-label={`History of ${props.label}`} onClick={() => setOpen((o) => !o)}>
        History ({history.length}){others.length > 0 && history[0] && !same(history[0].value, props.current) ? ' · other value' : ''}
      </button>
      {open && (
        <ul className="compact">
          {history.slice(0, 20).map((e, i) => (
            <li key={`${e.at}-${e.by}-${i}`}>
              <span className="muted">
                {formats.instantDateTime(e.at)} · <FieldEditor by={e.by} />:
              </span>{' '}
              {Array.isArray(e.value) ? e.value.join(', ') : typeof e.value === 'string' ? e.value : describeRaw(e.value)}
              {!same(e.value, props.current) && (
                <button
                  className="link-button"
                  onClick={() => {
                    try {
                      props.onRestore(e.value);
                    } catch {
                      // A value another version wrote in a shape this one cannot store: it stays in the history.
                    }
                  }}
                >
                  Use this
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Imports wrote "<who> (import from <file>)": the person by name, the file as written. */
function FieldEditor({ by }: { by: string }) {
  const imported = /^(.*) \(import from (.*)\)$/s.exec(by);
  if (!imported) return <PersonName value={by} />;
  return (
    <>
      <PersonName value={imported[1]} /> (import from {imported[2]})
    </>
  );
}
