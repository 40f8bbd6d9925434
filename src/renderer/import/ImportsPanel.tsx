import { useSession } from '../workspace/SessionContext';
import { useFormats } from '../format/useFormats';
import { describeImport, useImportHistory } from './importHistory';
import { ImportActions } from './ImportActions';
import './import.css';

/** Settings -> Imports: every recent import kept on this device, each with "Undo import", until dismissed. */
export function ImportsPanel() {
  const session = useSession();
  const formats = useFormats();
  const { entries, loaded } = useImportHistory(session);
  return (
    <section className="panel imports-panel" aria-labelledby="imports-title">
      <h2 id="imports-title">Imports</h2>
      <p className="muted">Recent imports into this workspace on this device. Undo takes back the customers an import created and what it added to existing ones; edits made since are kept.</p>
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p>No recent imports.</p>
      ) : (
        <ul className="compact" aria-label="Recent imports">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span id={`import-entry-${entry.id}`}>
                {formats.instantDateTime(entry.at)}: {describeImport(entry)}
              </span>{' '}
              <ImportActions entry={entry} describedBy={`import-entry-${entry.id}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
