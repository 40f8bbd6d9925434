import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { BACKUP_EXTENSION, createBackup, readBackup, BackupError } from '../../shared/backup/backupFormat';
import { newId } from '../../shared/ids';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { DocStore } from '../store/docStore';
import { readAllCards } from '../../shared/model/workspaceDoc';
import { WORKSPACE_DOC } from '../../shared/model/docIds';
import { openBytes, safeFileName, saveBytes } from './files';
import { BackupIcon, RestoreBackupIcon } from '../ui/icons';

const APP_VERSION = '0.1.0';

/**
 * What a restore said, for the restored workspace's own Settings: restoring
 * opens that workspace, which replaces this panel with the new one's.
 */
const restoreNotices = new Map<string, string>();

/** "Back up workspace" (everything, to one file) and "Restore backup" (into a new workspace). */
export function BackupPanel() {
  const app = useApp();
  const session = useSession();
  const [message, setMessage] = useState<string | null>(() => restoreNotices.get(session.meta.id) ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backupRef = useRef<() => Promise<void>>(async () => undefined);

  const backUp = async () => {
    setBusy(true);
    setError(null);
    setMessage('Preparing the backup…');
    try {
      await session.store.compactAll();
      const docs = await session.store.readAll();
      const file = createBackup({ workspaceId: session.meta.id, workspaceName: session.meta.name, appVersion: APP_VERSION, docs });
      const day = new Date().toISOString().slice(0, 10);
      const saved = await saveBytes(`${safeFileName(session.meta.name)} ${day}.${BACKUP_EXTENSION}`, file, { name: 'Rapport backup', extensions: [BACKUP_EXTENSION] });
      setMessage(saved ? `Backed up ${docs.size} documents (${Math.round(file.length / 1024)} KB).` : null);
    } catch (e) {
      setMessage(null);
      setError(`The backup failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  backupRef.current = backUp;

  // The app menu's "Back up workspace".
  useEffect(() => {
    const onCommand = () => void backupRef.current();
    window.addEventListener('rapport:back-up', onCommand);
    return () => window.removeEventListener('rapport:back-up', onCommand);
  }, []);

  const restore = async () => {
    setError(null);
    setMessage(null);
    const file = await openBytes([`.${BACKUP_EXTENSION}`], 'Rapport backup');
    if (!file) return;
    setBusy(true);
    try {
      const { manifest, docs } = readBackup(file.data);
      // Check every doc decodes before anything is written: a bad backup changes nothing.
      const decoded = new Map<string, Y.Doc>();
      for (const [name, bytes] of docs) {
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, bytes);
        } catch {
          throw new BackupError(`The backup holds a document that cannot be read (${name}).`);
        }
        if (name === WORKSPACE_DOC) decoded.set(name, doc);
        else doc.destroy();
      }
      // Said after the restore: how many customers, into which workspace.
      const cards = decoded.get(WORKSPACE_DOC) ? readAllCards(decoded.get(WORKSPACE_DOC)!) : [];
      const archived = cards.filter((c) => c.archived).length;
      const restoredName = `${manifest.workspaceName} (restored)`;
      const id = newId();
      const now = Date.now();
      const store = await DocStore.open(id);
      await store.putSnapshots(docs);
      await store.close();
      const count = cards.length - archived;
      const notice = `Restored ${count.toLocaleString()} ${count === 1 ? 'customer' : 'customers'}${archived ? ` (and ${archived.toLocaleString()} archived)` : ''} into “${restoredName}”.`;
      restoreNotices.set(id, notice);
      setMessage(notice);
      await app.registerWorkspace({ id, name: restoredName, createdAt: now, lastOpenedAt: now });
    } catch (e) {
      setError(e instanceof BackupError ? e.message : `The backup could not be restored: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p className="hint">One file with everything in this workspace: every customer, notebook, interaction and setting. Restoring makes a new workspace; nothing is overwritten.</p>
      <div className="row">
        <button className="primary" disabled={busy} onClick={() => void backUp()}>
          <BackupIcon aria-hidden="true" />
          Back up workspace
        </button>
        <button disabled={busy} onClick={() => void restore()}>
          <RestoreBackupIcon aria-hidden="true" />
          Restore backup
        </button>
      </div>
      {message && (
        <p role="status" aria-label="Backup progress" className="small">
          {message}
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
