import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { join } from 'node:path';
import { configOnDisk, startUpdateController, type UpdateController, type UpdateLog } from '../update/controller';
import { UPDATE_STATE_FILE, updateStateFile } from '../update/stateFile';

/**
 * Auto-update from the generic feed electron-builder wrote into app-update.yml (publish.url), in a
 * packaged app only; the policy is src/main/update. electron-updater's autoUpdater is touched only
 * then, since reading it builds the platform's updater.
 */
export async function installAutoUpdates(options: { getWindow: () => BrowserWindow | undefined; log: UpdateLog }): Promise<UpdateController | undefined> {
  if (!app.isPackaged) return undefined;
  const updater = electronUpdater.autoUpdater;
  const version = app.getVersion();
  return startUpdateController({
    updater,
    appVersion: version,
    productName: app.getName(),
    isPackaged: app.isPackaged,
    store: updateStateFile(join(app.getPath('userData'), UPDATE_STATE_FILE), version),
    readFeedConfig: () => configOnDisk(updater),
    askToRestart: async (prompt) => {
      const window = options.getWindow();
      const { response } = window ? await dialog.showMessageBox(window, prompt) : await dialog.showMessageBox(prompt);
      return response === prompt.defaultId;
    },
    log: options.log,
  });
}
