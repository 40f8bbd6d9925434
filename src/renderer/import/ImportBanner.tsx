import { useSession } from '../workspace/SessionContext';
import { describeImport, useImportHistory } from './importHistory';
import { ImportActions } from './ImportActions';
import './import.css';

/**
 * The customer list's notice of recent imports, each with "Undo import": it
 * stays through navigation and reloads until the user dismisses it (or undoes
 * the import). Older imports are in Settings -> Imports.
 */
export function ImportBanner() {
  const session = useSession();
  const { entries } = useImportHistory(session);
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 3);
  return (
    <section className="import-banner notice" aria-label="Recent imports">
      <ul className="compact">
        {shown.map((entry) => (
          <li key={entry.id}>
            <span id={`import-banner-${entry.id}`}>Imported {describeImport(entry)}.</span> <ImportActions entry={entry} describedBy={`import-banner-${entry.id}`} />
          </li>
        ))}
      </ul>
      {entries.length > shown.length && <p className="muted small">{entries.length - shown.length} earlier imports are listed in Settings → Imports.</p>}
    </section>
  );
}
