import { useState } from 'react';
import { NewWorkspaceIcon, OpenWorkspaceIcon, SampleIcon } from '../ui/icons';
import { useApp } from '../app/AppContext';
import { useSession } from '../workspace/SessionContext';
import { CommitInput } from '../ui/CommitInput';
import { RelationshipRules } from './RelationshipRules';
import { MoneyAndDatesPanel } from './MoneyAndDatesPanel';
import { SyncSettings } from './SyncSettings';
import { LanHosting } from './LanHosting';
import { BackupPanel } from '../backup/BackupPanel';
import { RemindersPanel } from '../reminders/RemindersPanel';
import { StoragePanel } from './StoragePanel';
import { AdvancedSettings } from './AdvancedSettings';
import { ImportsPanel } from '../import/ImportsPanel';
import { AppearancePanel } from '../theme/AppearancePanel';
import { PeoplePanel } from '../people/PeoplePanel';

/** Settings: who you are, and the workspaces on this device. */
export function SettingsView() {
  const app = useApp();
  const session = useSession();
  const [newName, setNewName] = useState('');
  const current = app.currentWorkspace;

  return (
    <section className="view settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <PeoplePanel />
      <section className="panel" aria-labelledby="workspaces-title">
        <h2 id="workspaces-title">Workspaces on this device</h2>
        {current && (
          <div className="field">
            <span className="field-label" aria-hidden="true">
              Workspace name
            </span>
            <CommitInput label="Workspace name" value={current.name} onCommit={(v) => v.trim() && void app.renameWorkspace(current, v.trim())} maxLength={200} />
          </div>
        )}
        <ul className="workspace-list">
          {app.workspaces.map((workspace) => (
            <li key={workspace.id}>
              <span>{workspace.name}</span>
              {workspace.id === session.meta.id ? (
                <span className="badge">Open</span>
              ) : (
                <button onClick={() => void app.openWorkspace(workspace)}>
                  <OpenWorkspaceIcon aria-hidden="true" />
                  Open {workspace.name}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void app.createWorkspace(newName || 'New workspace');
            setNewName('');
          }}
        >
          <input aria-label="New workspace name" placeholder="New workspace name" value={newName} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit">
            <NewWorkspaceIcon aria-hidden="true" />
            Create workspace
          </button>
        </form>
        <button onClick={() => void app.openSample()}>
          <SampleIcon aria-hidden="true" />
          Open a new sample workspace
        </button>
      </section>
      <AppearancePanel />
      <SyncSettings key={session.meta.id} />
      <LanHosting />
      <BackupPanel />
      <ImportsPanel />
      <RemindersPanel />
      <StoragePanel />
      <MoneyAndDatesPanel />
      <RelationshipRules />
      <AdvancedSettings />
    </section>
  );
}
