import { Menu, app, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/channels';
import { buildMenuTemplate } from '../menu/template';

export function installAppMenu(getWindow: () => BrowserWindow | undefined, isDevelopment: boolean, newWindow?: () => void): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    isDevelopment,
    sendCommand: (command) => getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
    newWindow,
  });
  // Our template type is a structural subset of Electron's.
  Menu.setApplicationMenu(Menu.buildFromTemplate(template satisfies MenuItemConstructorOptions[]));
}
