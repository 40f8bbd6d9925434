import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/ipc/channels';
import { buildMenuTemplate, menuCommandIds, type MenuItemTemplate } from '../../src/main/menu/template';

function build(platform: string, isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, appName: 'Rapport', isDevelopment, sendCommand: (c) => sent.push(c) });
  return { template, sent };
}

const find = (items: readonly MenuItemTemplate[], id: string): MenuItemTemplate | undefined => {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
};
const roles = (item: MenuItemTemplate | undefined) => (item?.submenu ?? []).map((entry) => entry.role).filter(Boolean);

describe('app menu', () => {
  it('has the usual menus; macOS adds the app menu first', () => {
    expect(build('darwin').template.map((m) => m.label)).toEqual(['Rapport', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(build('win32').template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(build('linux').template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('keeps the standard roles', () => {
    const mac = build('darwin').template;
    expect(roles(mac[0])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(mac[2])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles(mac[4])).toEqual(['minimize', 'zoom', 'front']);
    const linux = build('linux').template;
    expect(roles(linux[0])).toContain('quit');
    expect(roles(linux[1])).not.toContain('pasteAndMatchStyle');
  });

  it('offers developer tools only in development', () => {
    expect(roles(build('linux', false).template[2])).not.toContain('toggleDevTools');
    expect(roles(build('linux', true).template[2])).toContain('toggleDevTools');
  });

  it('every command item sends its own allow-listed command, each id once', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const { template, sent } = build(platform);
      const ids = menuCommandIds(template);
      expect(new Set(ids).size, platform).toBe(ids.length);
      expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
      for (const id of ids) find(template, id)!.click!();
      expect(sent).toEqual(ids);
    }
  });

  it('offers "New window" in the File menu when main can open one, which main handles itself', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      let opened = 0;
      const sent: MenuCommand[] = [];
      const template = buildMenuTemplate({ platform, appName: 'Rapport', isDevelopment: false, sendCommand: (c) => sent.push(c), newWindow: () => opened++ });
      const file = template.find((menu) => menu.label === 'File')!;
      const item = file.submenu!.find((entry) => entry.label === 'New window');
      expect(item, platform).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' });
      item!.click!();
      expect(opened).toBe(1);
      expect(sent).toEqual([]);
      const accelerators = JSON.stringify(template).match(/"accelerator":"[^"]+"/g) ?? [];
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
    expect(JSON.stringify(build('linux').template)).not.toContain('New window');
  });

  it('binds the expected shortcuts and leaves Ctrl/Cmd+K to the renderer', () => {
    const { template } = build('linux');
    expect(find(template, 'new-customer')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(find(template, 'command-palette')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
    const accelerators = JSON.stringify(template).match(/"accelerator":"[^"]+"/g) ?? [];
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
