import { useCallback, useEffect, useRef, useState } from 'react';
import { MetaStore, type LocalUser } from '../store/metaStore';
import type { WorkspaceMeta } from '../store/schema';
import { WorkspaceSession } from '../workspace/session';
import { SessionContext } from '../workspace/SessionContext';
import { createSampleWorkspace, createWorkspace } from '../workspace/workspaces';
import { newId } from '../../shared/ids';
import { MEMBER_COLORS } from '../../shared/model/members';
import { Shell } from './Shell';
import { Welcome } from './Welcome';
import { AppContext, type AppActions } from './AppContext';
import { benchRegistry } from '../bench/registry';
import { loadSyncConfig, saveSyncConfig, type SyncConfig } from '../sync/syncConfig';
import { decodeInvite } from '../../shared/sync/invite';
import { DeepLinkHandler } from '../deeplink/DeepLinkHandler';
import { UpdateBanner } from '../pwa/UpdateBanner';
import { askPersistentStorageOnce } from '../pwa/persistentStorage';


type State =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'welcome'; meta: MetaStore; user: LocalUser; workspaces: WorkspaceMeta[] }
  | { phase: 'open'; meta: MetaStore; user: LocalUser; session: WorkspaceSession; workspaces: WorkspaceMeta[]; sync: SyncConfig | null };

async function loadUser(meta: MetaStore): Promise<LocalUser> {
  const existing = await meta.getLocalUser();
  if (existing) return existing;
  const user = { id: newId(), name: 'Me', color: MEMBER_COLORS[Math.floor(Math.random() * MEMBER_COLORS.length)] };
  await meta.setLocalUser(user);
  return user;
}

/** Boots the app: the device registry, the local user, and the last workspace (or the welcome screen). */
export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  // The user as last saved: a first run saves the name, then opens a workspace in the same
  // click, before React has rendered the new state into these actions.
  const latestUser = useRef<LocalUser | null>(null);

  const openWorkspace = useCallback(async (meta: MetaStore, user: LocalUser, workspace: WorkspaceMeta) => {
    // Once per device, as the first workspace is created or opened (never on the blank first page).
    void askPersistentStorageOnce(meta);
    const session = await WorkspaceSession.open(workspace, user);
    if (import.meta.env.MODE === 'bench') benchRegistry.session = session;
    setState((previous) => {
      if (previous.phase === 'open') void previous.session.close();
      return { phase: 'open', meta, user, session, sync: null, workspaces: previous.phase === 'loading' || previous.phase === 'error' ? [workspace] : previous.workspaces };
    });
    const sync = await loadSyncConfig(meta, workspace.id);
    if (sync?.enabled) session.startSync(sync);
    setState((previous) => (previous.phase === 'open' && previous.session === session ? { ...previous, sync } : previous));
    // Bookkeeping after the list is on screen, not before.
    await meta.touchWorkspace(workspace.id);
    const workspaces = await meta.listWorkspaces();
    setState((previous) => (previous.phase === 'open' && previous.session === session ? { ...previous, workspaces } : previous));
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const meta = await MetaStore.open();
      const [user, lastId] = await Promise.all([loadUser(meta), meta.lastWorkspaceId()]);
      const last = lastId ? await meta.getWorkspace(lastId) : undefined;
      performance.mark('rapport:meta-ready');
      if (cancelled) return;
      if (last) await openWorkspace(meta, user, last);
      else setState({ phase: 'welcome', meta, user, workspaces: await meta.listWorkspaces() });
    })().catch((error: unknown) => {
      setState({ phase: 'error', message: `Rapport could not open its local store: ${String(error)}` });
    });
    return () => {
      cancelled = true;
    };
  }, [openWorkspace]);

  // Persist pending writes and compact when the window is hidden or closed.
  useEffect(() => {
    if (state.phase !== 'open') return;
    const session = state.session;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.store.compactAll().then(() => session.writeCardCache());
    };
    const onPageHide = () => void session.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [state]);

  if (state.phase === 'loading') return <div className="boot" aria-busy="true">Opening Rapport…</div>;
  if (state.phase === 'error')
    return (
      <>
        <div className="boot error" role="alert">{state.message}</div>
        <UpdateBanner />
      </>
    );

  const { meta } = state;
  const user = latestUser.current?.id === state.user.id ? latestUser.current : state.user;
  const currentUser = () => latestUser.current ?? user;
  const actions: AppActions = {
    user,
    meta,
    workspaces: state.workspaces,
    currentWorkspace: state.phase === 'open' ? state.session.meta : null,
    openWorkspace: (workspace) => openWorkspace(meta, currentUser(), workspace),
    createWorkspace: async (name) => openWorkspace(meta, currentUser(), await createWorkspace(meta, name)),
    openSample: async () => openWorkspace(meta, currentUser(), await createSampleWorkspace(meta)),
    updateUser: async (patch) => {
      const next = { ...currentUser(), ...patch };
      latestUser.current = next;
      await meta.setLocalUser(next);
      if (state.phase === 'open') state.session.setUser(next);
      setState((previous) => (previous.phase === 'loading' || previous.phase === 'error' ? previous : { ...previous, user: next }));
    },
    syncConfig: state.phase === 'open' ? state.sync : null,
    saveSync: async (config) => {
      if (state.phase !== 'open') return;
      const session = state.session;
      await saveSyncConfig(meta, session.meta.id, config);
      if (config?.enabled) session.startSync(config);
      else session.stopSync();
      setState((previous) => (previous.phase === 'open' && previous.session === session ? { ...previous, sync: config } : previous));
    },
    joinWithInvite: async (code) => {
      const invite = decodeInvite(code);
      const existing = await meta.getWorkspace(invite.workspaceId);
      const now = Date.now();
      const workspace = existing ?? { id: invite.workspaceId, name: invite.name, createdAt: now, lastOpenedAt: now };
      if (!existing) await meta.putWorkspace(workspace);
      await saveSyncConfig(meta, workspace.id, { relayUrl: invite.relay, token: invite.token, enabled: true });
      await openWorkspace(meta, currentUser(), workspace);
    },
    registerWorkspace: async (workspace) => {
      await meta.putWorkspace(workspace);
      await openWorkspace(meta, currentUser(), workspace);
    },
    renameWorkspace: async (workspace, name) => {
      await meta.putWorkspace({ ...workspace, name });
      const workspaces = await meta.listWorkspaces();
      setState((previous) => (previous.phase === 'loading' || previous.phase === 'error' ? previous : { ...previous, workspaces }));
    },
  };

  return (
    <AppContext.Provider value={actions}>
      <UpdateBanner />
      {state.phase === 'welcome' ? (
        <Welcome />
      ) : (
        <SessionContext.Provider value={state.session}>
          <Shell key={state.session.meta.id} />
        </SessionContext.Provider>
      )}
      <DeepLinkHandler />
    </AppContext.Provider>
  );
}
