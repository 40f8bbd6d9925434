import { APP_VERSION_ARG } from '../../shared/ipc/channels';

/**
 * Options of the app window and of the hidden print window. The Electron
 * adapters pass exactly these objects to BrowserWindow, and the security unit
 * tests read them (DESIGN.md section 8 checklist).
 *
 * Typed here without importing electron; the shapes are the subset of
 * Electron's WebPreferences / BrowserWindowConstructorOptions we set.
 */
export interface HardenedWebPreferences {
  preload?: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: boolean;
  javascript: boolean;
  images?: boolean;
  additionalArguments?: string[];
  partition?: string;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

export function mainWindowWebPreferences(options: { preloadPath: string; appVersion: string }): HardenedWebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    javascript: true,
    // The preload reads the version from its argv: a sandboxed preload cannot ask `app`.
    additionalArguments: [`${APP_VERSION_ARG}${options.appVersion}`],
  };
}

export function mainWindowOptions(options: {
  preloadPath: string;
  appVersion: string;
  bounds: WindowBounds;
  iconPath?: string;
}) {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Rapport',
    // Shown once the first paint is ready, so no white flash.
    show: false,
    backgroundColor: '#f7f6f3',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: mainWindowWebPreferences(options),
  };
}

/**
 * The session every print window shares. No "persist:" prefix: it lives in
 * memory only. One fixed partition, because Electron never frees a session: a
 * partition per print would leak one per export.
 */
export const PRINT_PARTITION = 'rapport-print';

/**
 * The hidden window that renders a customer story to PDF: no preload, no
 * JavaScript, the print session (not the app's), so printed content can
 * neither run nor reach the app's storage.
 */
export function printWindowOptions() {
  const webPreferences: HardenedWebPreferences = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    javascript: false,
    images: true,
    partition: PRINT_PARTITION,
  };
  return { show: false, width: 900, height: 1200, webPreferences };
}
