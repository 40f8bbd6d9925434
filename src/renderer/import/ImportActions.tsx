import { useState } from 'react';
import { useSession } from '../workspace/SessionContext';
import { useToast } from '../ui/Toast';
import { describeImport, forgetImport, type ImportEntry } from './importHistory';
import type * as RunImport from './runImport';
import { UndoIcon } from '../ui/icons';
import { describeKeptMembers } from '../../shared/import/undoMembers';

/** Undoing goes through the import code (and the notebook editor it needs): fetched on the click, not with the list. */
const runUndoImport: typeof RunImport.runUndoImport = (...args) => import('./runImport').then((m) => m.runUndoImport(...args));

/** Undo and Dismiss for one recent import: the same in the banner and in Settings -> Imports. */
export function ImportActions({ entry, describedBy }: { entry: ImportEntry; describedBy: string }) {
  const session = useSession();
  const toast = useToast();
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const undo = () => {
    setError(null);
    setProgress('Taking the import back…');
    void runUndoImport(session, entry, (done, total) => setProgress(`Taking the import back… ${done.toLocaleString()} of ${total.toLocaleString()}`))
      .then((members) => toast({ message: ['Import taken back.', describeKeptMembers(members)].filter(Boolean).join(' ') }))
      .catch((e: unknown) => setError(`The import could not be taken back: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setProgress(null));
  };
  return (
    <span className="row import-actions">
      <button disabled={progress !== null} aria-describedby={describedBy} onClick={undo}>
        <UndoIcon aria-hidden="true" />
        Undo import
      </button>
      <button
        className="link-button"
        disabled={progress !== null}
        aria-label={`Dismiss ${describeImport(entry)}`}
        onClick={() => void forgetImport(session, entry.id)}
      >
        Dismiss
      </button>
      {progress && (
        <span role="status" className="muted small">
          {progress}
        </span>
      )}
      {error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </span>
  );
}
