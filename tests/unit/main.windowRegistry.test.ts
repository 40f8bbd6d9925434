import { describe, expect, it } from 'vitest';
import { cascadeBounds, createWindowRegistry, type AppWindowLike } from '../../src/main/windows/windowRegistry';

class FakeWindow implements AppWindowLike {
  destroyed = false;
  private listeners = new Map<string, (() => void)[]>();
  constructor(readonly name: string) {}
  isDestroyed() {
    return this.destroyed;
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: 'focus' | 'closed') {
    if (event === 'closed') this.destroyed = true;
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
}

describe('the app window registry', () => {
  it('names the window the user was in last, and the next one when it closes', () => {
    const windows = createWindowRegistry<FakeWindow>();
    expect(windows.current()).toBeUndefined();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    windows.add(first);
    windows.add(second);
    expect(windows.current()).toBe(second);
    first.emit('focus');
    expect(windows.current()).toBe(first);
    first.emit('closed');
    expect(windows.current()).toBe(second);
    expect(windows.all()).toEqual([second]);
    second.emit('closed');
    expect(windows.current()).toBeUndefined();
  });

  it('skips a window destroyed without its closed event', () => {
    const windows = createWindowRegistry<FakeWindow>();
    const first = new FakeWindow('first');
    const second = new FakeWindow('second');
    windows.add(first);
    windows.add(second);
    second.destroyed = true;
    expect(windows.current()).toBe(first);
  });

  it('opens a further window a step away from the one it comes from', () => {
    const bounds = { width: 1200, height: 800, x: 10, y: 20 };
    expect(cascadeBounds(undefined, bounds)).toEqual(bounds);
    expect(cascadeBounds({ width: 900, height: 700, x: 100, y: 50 }, bounds)).toEqual({ width: 1200, height: 800, x: 132, y: 82 });
  });
});
