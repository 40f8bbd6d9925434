import { useEffect } from 'react';
import { desktopBridge } from '../../shared/ipc/bridge';
import type { MenuCommand } from '../../shared/ipc/channels';
import { navigate } from './router';
import { requestNewCustomer } from './intents';

/** What each app menu command does (desktop only: the web build has no app menu). */
function run(command: MenuCommand): void {
  switch (command) {
    case 'new-customer':
      navigate({ view: 'customers' });
      requestNewCustomer();
      return;
    case 'find':
    case 'command-palette':
      window.dispatchEvent(new Event('rapport:palette'));
      return;
    case 'export-pdf':
      window.dispatchEvent(new Event('rapport:export-pdf'));
      return;
    case 'log-interaction':
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l' }));
      return;
    case 'open-settings':
      navigate({ view: 'settings' });
      return;
    case 'back-up-workspace':
      navigate({ view: 'settings' });
      window.dispatchEvent(new Event('rapport:back-up'));
      return;
  }
}

export function useMenuCommands(): void {
  useEffect(() => desktopBridge()?.onMenuCommand(run), []);
}
