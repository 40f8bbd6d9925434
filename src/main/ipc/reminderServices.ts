import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { ipcOk } from '../../shared/ipc/result';
import type { ReminderService } from '../reminders/service';
import type { DesktopServices } from './services';

type ReminderChannels = typeof IPC_CHANNELS.remindersSetList | typeof IPC_CHANNELS.remindersConfigure;

/** The reminder channels, backed by the reminder service; requests arrive parsed by the router. */
export function reminderServices(reminders: ReminderService): Pick<DesktopServices, ReminderChannels> {
  return {
    [IPC_CHANNELS.remindersSetList]: async (request) => {
      await reminders.setList(request);
      return ipcOk(null);
    },
    [IPC_CHANNELS.remindersConfigure]: async (request) => ipcOk(await reminders.configure(request)),
  };
}
