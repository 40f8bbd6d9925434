import { app, dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { FileFilter } from '../../shared/ipc/schemas';
import { MAX_OPEN_BYTES } from '../../shared/ipc/schemas';
import type { SaveFileResult } from '../../shared/ipc/bridge';
import { ipcFail, ipcOk, type IpcResult } from '../../shared/ipc/result';
import { dialogFilters, safeFileName } from '../files/dialogOptions';
import { FileTooLargeError, readFileLimited, writeFileAtomic } from '../files/fileIo';
import type { LanHosting } from '../lan/hosting';
import { lanServices } from '../ipc/lanServices';
import { reminderServices } from '../ipc/reminderServices';
import type { ReminderService } from '../reminders/service';
import type { DesktopServices } from '../ipc/services';
import { deepLinkServices } from '../ipc/deepLinkServices';
import type { DeepLinkRouter } from '../deeplink/deepLinkRouter';
import { titleFromFileName } from '../pdf/printTemplates';
import { renderPdf } from './printToPdf';

/** The services behind IPC, with native dialogs attached to the app window. */
export function createDesktopServices(
  getWindow: () => BrowserWindow | undefined,
  hosting: LanHosting,
  reminders: ReminderService,
  deepLinks: Pick<DeepLinkRouter, 'rendererReady'>,
): DesktopServices {
  async function saveWithDialog(suggestedName: string, filters: FileFilter[], data: string | Uint8Array): Promise<IpcResult<SaveFileResult>> {
    const name = safeFileName(suggestedName, filters);
    const options = { defaultPath: join(app.getPath('documents'), name), filters: dialogFilters(filters) };
    const window = getWindow();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ipcOk({ saved: false });
    await writeFileAtomic(choice.filePath, data);
    return ipcOk({ saved: true, path: choice.filePath });
  }

  return {
    [IPC_CHANNELS.saveFile]: (request) => saveWithDialog(request.suggestedName, request.filters, request.data),
    [IPC_CHANNELS.openFile]: async (request) => {
      const options = { properties: ['openFile' as const], filters: dialogFilters(request.filters) };
      const window = getWindow();
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return ipcOk(null);
      try {
        return ipcOk({ name: basename(path), data: await readFileLimited(path, MAX_OPEN_BYTES) });
      } catch (error) {
        if (error instanceof FileTooLargeError) return ipcFail('too-large', error.message);
        throw error;
      }
    },
    [IPC_CHANNELS.printToPdf]: async (request) => {
      const title = request.title ?? titleFromFileName(request.suggestedName);
      const pdf = await renderPdf({
        html: request.html,
        pageSize: request.pageSize,
        title,
        ...(request.headerTemplate !== undefined ? { headerTemplate: request.headerTemplate } : {}),
        ...(request.footerTemplate !== undefined ? { footerTemplate: request.footerTemplate } : {}),
      });
      return saveWithDialog(request.suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }], pdf);
    },
    ...lanServices(hosting),
    ...reminderServices(reminders),
    ...deepLinkServices(deepLinks),
  };
}
