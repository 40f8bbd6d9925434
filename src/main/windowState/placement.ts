import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../config/webPreferences';
import type { WindowState } from './schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as Electron's screen module describes it; only the work area matters. */
export interface DisplayLike {
  workArea: Rect;
}

/** How much of the title bar must be on a screen for the window to count as reachable. */
export const MIN_VISIBLE = { width: 120, height: 40 } as const;

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/**
 * Where to open the window. A saved position is kept when enough of its title
 * bar is on some display (a monitor may have been unplugged since); the size
 * is shrunk to fit that display. Otherwise the window is centred on the
 * primary display. No saved state: default size, centred.
 */
export function placeWindow(
  saved: WindowState | undefined,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
): { bounds: Rect; maximized: boolean; fullScreen: boolean } {
  if (!saved) return { bounds: centred(DEFAULT_WINDOW_SIZE, primary.workArea), maximized: false, fullScreen: false };
  const { x, y } = saved.bounds;
  const titleBar: Rect = { x, y, width: saved.bounds.width, height: MIN_VISIBLE.height };
  const home = displays.find((display) => {
    const visible = intersection(titleBar, display.workArea);
    return visible !== undefined && visible.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) && visible.height >= MIN_VISIBLE.height;
  });
  if (!home) {
    return { bounds: centred(fitSize(saved.bounds, primary.workArea), primary.workArea), maximized: saved.maximized, fullScreen: saved.fullScreen };
  }
  const size = fitSize(saved.bounds, home.workArea);
  const area = home.workArea;
  // Pull the window fully onto its display where it sticks out.
  const clampedX = Math.min(Math.max(x, area.x), area.x + area.width - size.width);
  const clampedY = Math.min(Math.max(y, area.y), area.y + area.height - size.height);
  return { bounds: { x: clampedX, y: clampedY, ...size }, maximized: saved.maximized, fullScreen: saved.fullScreen };
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area);
  return {
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
    ...fitted,
  };
}
