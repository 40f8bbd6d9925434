import { Menu, Notification, Tray, app, globalShortcut, nativeImage, powerMonitor, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { REMINDER_COMMAND_CHANNEL } from '../../shared/ipc/channels';
import { notificationActionsSupported } from '../reminders/notificationContent';
import { createReminderService, type ReminderPlatform, type ReminderService } from '../reminders/service';
import { reminderStateFile } from '../reminders/stateFile';

/**
 * The reminder service on Electron: notifications, the tray, the global
 * shortcut and the power events. Everything else is in src/main/reminders.
 */
export function createElectronReminders(options: {
  statePath: string;
  iconPath: string | undefined;
  getWindow: () => BrowserWindow | undefined;
  openWindow: () => void;
  log: (message: string, details: Record<string, unknown>) => void;
  /** process.platform unless a test says otherwise. */
  platform?: string;
}): { service: ReminderService; attach(): void; watchWindow(window: BrowserWindow): void } {
  // A notification garbage-collected before the user answers loses its click and action events.
  const shown = new Set<Notification>();
  let tray: Tray | undefined;
  let accelerator: string | null = null;

  const focusApp = () => {
    const window = options.getWindow();
    if (!window) return options.openWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  const platform: ReminderPlatform = {
    // Asked when a notification is due, not at start: Notification needs the app ready.
    get notificationsSupported() {
      return app.isReady() && Notification.isSupported();
    },
    actionsSupported: notificationActionsSupported(options.platform ?? process.platform),
    show(content, onActivate) {
      const notification = new Notification({
        id: content.id,
        title: content.title,
        body: content.body,
        actions: content.actions.map((action) => ({ type: 'button' as const, text: action.text })),
        ...(options.iconPath && existsSync(options.iconPath) ? { icon: options.iconPath } : {}),
      });
      shown.add(notification);
      notification.on('click', () => onActivate('open'));
      notification.on('action', (details, index) => {
        const action = content.actions[details?.actionIndex ?? index];
        if (action) onActivate(action.activation);
      });
      notification.on('close', () => shown.delete(notification));
      notification.on('failed', (_event, error) => {
        shown.delete(notification);
        options.log('reminders.notification_failed', { error });
      });
      notification.show();
    },
    send(command) {
      const window = options.getWindow();
      if (!window || window.isDestroyed()) return false;
      window.webContents.send(REMINDER_COMMAND_CHANNEL, command);
      return true;
    },
    focusApp,
    ensureWindow() {
      if (!options.getWindow()) options.openWindow();
    },
    setTray(on, actions) {
      if (!on) {
        tray?.destroy();
        tray = undefined;
        return 'off';
      }
      try {
        if (!tray) {
          const image = options.iconPath && existsSync(options.iconPath) ? nativeImage.createFromPath(options.iconPath).resize({ width: 16, height: 16 }) : nativeImage.createEmpty();
          tray = new Tray(image);
          tray.setToolTip(app.name);
        }
        tray.setContextMenu(
          Menu.buildFromTemplate([
            { label: 'Quick note…', click: actions.quickNote },
            { label: 'Today', click: actions.today },
            { type: 'separator' },
            { label: `Quit ${app.name}`, role: 'quit' },
          ]),
        );
        return 'shown';
      } catch (error) {
        options.log('reminders.tray_failed', { message: String(error) });
        tray = undefined;
        return 'failed';
      }
    },
    setShortcut(next, onPress) {
      if (accelerator) globalShortcut.unregister(accelerator);
      accelerator = null;
      if (!next) return { state: 'off' };
      try {
        // false when the platform or another app holds the combination; it never throws for that.
        if (globalShortcut.register(next, onPress)) {
          accelerator = next;
          return { state: 'registered' };
        }
        return { state: 'refused', message: 'The system or another app already uses this shortcut.' };
      } catch (error) {
        return { state: 'refused', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };

  const service = createReminderService({ store: reminderStateFile(options.statePath), platform, log: options.log });

  return {
    service,
    attach() {
      // A sleeping machine runs no timers: look at the wall clock as soon as it is back.
      powerMonitor.on('resume', () => void service.wake());
      powerMonitor.on('unlock-screen', () => void service.wake());
      app.on('will-quit', () => {
        globalShortcut.unregisterAll();
        service.stop();
      });
    },
    watchWindow(window) {
      window.on('closed', () => service.rendererGone());
      window.webContents.on('did-start-loading', () => service.rendererGone());
    },
  };
}
