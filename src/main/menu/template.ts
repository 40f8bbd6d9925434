import type { MenuCommand } from '../../shared/ipc/channels';

/**
 * The app menu as plain data: the usual roles (app, file, edit, view, window,
 * help; macOS gets the app menu and its window conventions) plus Rapport's
 * commands, which go to the renderer. The adapter hands it to
 * Menu.buildFromTemplate unchanged.
 */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'help';

export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  /** false: show the shortcut but let the renderer handle the key itself. */
  registerAccelerator?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export interface MenuOptions {
  platform: string;
  appName: string;
  /** Development builds keep reload and developer tools in the View menu. */
  isDevelopment: boolean;
  sendCommand: (command: MenuCommand) => void;
  /** Opens another window on the current workspace (main's own action, not a renderer command). */
  newWindow?: () => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const mac = options.platform === 'darwin';
  const command = (id: MenuCommand, label: string, accelerator?: string, registerAccelerator = true): MenuItemTemplate => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    ...(registerAccelerator ? {} : { registerAccelerator: false }),
    click: () => options.sendCommand(id),
  });

  const appMenu: MenuItemTemplate = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      command('open-settings', 'Settings…', 'CmdOrCtrl+,'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemTemplate = {
    label: 'File',
    submenu: [
      command('new-customer', 'New customer', 'CmdOrCtrl+N'),
      ...(options.newWindow ? [{ label: 'New window', accelerator: 'CmdOrCtrl+Shift+N', click: options.newWindow } as MenuItemTemplate] : []),
      command('log-interaction', 'Log interaction', 'CmdOrCtrl+Shift+L'),
      separator,
      command('export-pdf', 'Export PDF…', 'CmdOrCtrl+Shift+E'),
      command('back-up-workspace', 'Back up workspace…'),
      separator,
      ...(mac ? [{ role: 'close' } as MenuItemTemplate] : [command('open-settings', 'Settings…', 'CmdOrCtrl+,'), separator, { role: 'quit' } as MenuItemTemplate]),
    ],
  };

  const editMenu: MenuItemTemplate = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemTemplate] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('find', 'Find…', 'CmdOrCtrl+F'),
      // The renderer already listens for Ctrl/Cmd+K; the menu only shows it.
      command('command-palette', 'Command palette…', 'CmdOrCtrl+K', false),
    ],
  };

  const viewMenu: MenuItemTemplate = {
    label: 'View',
    submenu: [
      ...(options.isDevelopment ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] as MenuItemTemplate[] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemTemplate = {
    label: 'Window',
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemTemplate = {
    label: 'Help',
    role: 'help',
    submenu: [
      { label: 'Search commands…', click: () => options.sendCommand('command-palette') },
      ...(mac ? [] : [separator, { role: 'about' } as MenuItemTemplate]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** Every command item in a template, depth first (for tests and checks). */
export function menuCommandIds(template: readonly MenuItemTemplate[]): string[] {
  const ids: string[] = [];
  const walk = (items: readonly MenuItemTemplate[]) => {
    for (const item of items) {
      if (item.id) ids.push(item.id);
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(template);
  return ids;
}
