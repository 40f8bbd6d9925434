import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../../src/main/config/webPreferences';
import { placeWindow, type DisplayLike } from '../../src/main/windowState/placement';
import { parseWindowState, type WindowState } from '../../src/main/windowState/schema';
import { createWindowStateSaver, loadWindowState, saveWindowState } from '../../src/main/windowState/store';

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const rightMonitor: DisplayLike = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } };
const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({
  version: 1,
  bounds: { x, y, width, height },
  maximized,
  fullScreen: false,
});

describe('window state parsing', () => {
  it('reads a valid file and rejects anything else as "no state"', () => {
    expect(parseWindowState(JSON.stringify(state(10, 20)))).toEqual(state(10, 20));
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true }))).toMatchObject({ fullScreen: false });
    for (const text of [
      '',
      '{',
      'null',
      '[]',
      JSON.stringify({ ...state(1, 2), version: 2 }),
      JSON.stringify({ ...state(1, 2), maximized: 'yes' }),
      JSON.stringify({ version: 1, bounds: { x: 1, y: 2, width: -5, height: 4 }, maximized: false }),
      JSON.stringify({ version: 1, bounds: { x: 1.5, y: 2, width: 5, height: 4 }, maximized: false }),
      JSON.stringify({ version: 1, bounds: { x: 1e12, y: 2, width: 5, height: 4 }, maximized: false }),
      JSON.stringify({ version: 1, bounds: { x: 1, y: 2, width: 5 }, maximized: false }),
    ]) {
      expect(parseWindowState(text), text).toBeUndefined();
    }
  });
});

describe('window placement', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    const placed = placeWindow(undefined, [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 80, y: 28, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height });
    expect(placed.maximized).toBe(false);
  });

  it('keeps a saved position that is on a display, with maximized restored', () => {
    expect(placeWindow(state(100, 50, 1000, 700, true), [laptop, rightMonitor], laptop)).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    });
    expect(placeWindow(state(2000, 0), [laptop, rightMonitor], laptop).bounds).toEqual({ x: 2000, y: 0, width: 1200, height: 800 });
  });

  it('moves a window whose monitor was unplugged back onto the primary display', () => {
    const placed = placeWindow(state(2000, 0), [laptop], laptop);
    expect(placed.bounds.x).toBeGreaterThanOrEqual(0);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1440);
    expect(placed.bounds.y + placed.bounds.height).toBeLessThanOrEqual(875);
  });

  it('rescues a title bar above the top or far left, and shrinks a window larger than its display', () => {
    for (const saved of [state(100, -5000), state(-5000, 100), state(100, 870), state(-1150, 100)]) {
      const { bounds } = placeWindow(saved, [laptop], laptop);
      expect(bounds.x, JSON.stringify(saved)).toBeGreaterThanOrEqual(0);
      expect(bounds.y, JSON.stringify(saved)).toBeGreaterThanOrEqual(0);
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(1440);
      expect(bounds.y + bounds.height).toBeLessThanOrEqual(875);
    }
    expect(placeWindow(state(0, 0, 5000, 3000), [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('pulls a partly visible window fully onto its display', () => {
    expect(placeWindow(state(1000, 100, 1000, 700), [laptop], laptop).bounds).toEqual({ x: 440, y: 100, width: 1000, height: 700 });
  });

  it('never makes the window smaller than the minimum when the display allows it', () => {
    const { bounds } = placeWindow(state(10, 10, 200, 100), [laptop], laptop);
    expect(bounds.width).toBe(MIN_WINDOW_SIZE.width);
    expect(bounds.height).toBe(MIN_WINDOW_SIZE.height);
  });
});

describe('window state file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapport-window-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a real file and treats a corrupt file as none', async () => {
    const path = join(dir, 'window-state.json');
    expect(await loadWindowState(path)).toBeUndefined();
    await saveWindowState(path, state(5, 6, 900, 600, true));
    expect(await loadWindowState(path)).toEqual(state(5, 6, 900, 600, true));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(state(5, 6, 900, 600, true));
    await writeFile(path, '{"version":1,"bounds":');
    expect(await loadWindowState(path)).toBeUndefined();
  });

  it('coalesces many moves into one write, and flushes the last state on close', async () => {
    const writes: WindowState[] = [];
    const timers: Array<() => void> = [];
    const saver = createWindowStateSaver({
      save: async (s) => void writes.push(s),
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    });
    saver.update(state(1, 1));
    saver.update(state(2, 2));
    saver.update(state(3, 3));
    expect(timers).toHaveLength(1);
    timers[0]();
    await Promise.resolve();
    expect(writes).toEqual([state(3, 3)]);
    saver.update(state(4, 4));
    await saver.flush();
    expect(writes).toEqual([state(3, 3), state(4, 4)]);
    await saver.flush();
    expect(writes).toHaveLength(2);
  });
});
