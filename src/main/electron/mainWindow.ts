import { BrowserWindow, screen } from 'electron';
import { mainWindowOptions } from '../config/webPreferences';
import type { RendererSource } from '../config/rendererSource';
import { placeWindow } from '../windowState/placement';
import { createWindowStateSaver, loadWindowState, saveWindowState } from '../windowState/store';
import { cascadeBounds } from '../windows/windowRegistry';

/** Opens the app window where it was last time (if that is still on a screen) and keeps its place saved. */
export async function createMainWindow(options: {
  source: RendererSource;
  preloadPath: string;
  appVersion: string;
  iconPath?: string;
  statePath: string;
  /** A further window: opens a step away from this one, not on top of it. */
  cascadeFrom?: BrowserWindow;
}): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.statePath);
  const placed = placeWindow(saved, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const placement = options.cascadeFrom ? { ...placed, bounds: cascadeBounds(options.cascadeFrom.getBounds(), placed.bounds), maximized: false, fullScreen: false } : placed;
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: options.preloadPath, appVersion: options.appVersion, bounds: placement.bounds, iconPath: options.iconPath }),
  );
  if (placement.maximized) window.maximize();
  if (placement.fullScreen) window.setFullScreen(true);
  window.once('ready-to-show', () => window.show());

  const saver = createWindowStateSaver({ save: (state) => saveWindowState(options.statePath, state) });
  const current = () => {
    const maximized = window.isMaximized();
    const fullScreen = window.isFullScreen();
    const bounds = maximized || fullScreen ? window.getNormalBounds() : window.getBounds();
    return { version: 1 as const, bounds, maximized, fullScreen };
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    window.on(event as 'resize', () => {
      if (!window.isDestroyed() && !window.isMinimized()) saver.update(current());
    });
  }
  window.on('close', () => {
    if (!window.isMinimized()) saver.update(current());
    void saver.flush().catch(() => undefined);
  });

  await window.loadURL(options.source.url);
  return window;
}
