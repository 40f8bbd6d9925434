import { useCallback, useEffect, useState } from 'react';
import { desktopBridge } from '../../shared/ipc/bridge';
import { describeStorage, readStorageStatus, type StorageStatus } from '../pwa/storageStatus';
import { requestPersistentStorage } from '../pwa/persistentStorage';

/**
 * Settings -> Storage: how much this device holds for Rapport (every workspace, the search
 * index and, in the web build, the offline copy of the app) and whether the browser keeps it.
 */
export function StoragePanel() {
  const desktop = desktopBridge() !== undefined;
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await readStorageStatus());
      setError(null);
    } catch (e) {
      setError(`Rapport could not read how much it stores: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const keep = async () => {
    const granted = await requestPersistentStorage();
    setRefused(granted === false);
    await refresh();
  };

  return (
    <section className="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {error ? (
        <p role="alert">{error}</p>
      ) : (
        <p aria-busy={status === null}>{status ? describeStorage(status, { desktop }) : 'Measuring…'}</p>
      )}
      {status?.canAsk && status.persisted === false && (
        <>
          <button onClick={() => void keep()}>Keep data on this device</button>
          {refused && <p className="hint">The browser declined for now. Installing Rapport as an app usually lets it keep your data.</p>}
        </>
      )}
    </section>
  );
}
