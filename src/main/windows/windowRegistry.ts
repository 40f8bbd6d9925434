/**
 * The app's windows (not print windows): the desktop app may show one
 * workspace in several, which keep in step through the renderer's tab
 * channel (a BroadcastChannel on the app's origin). Main sends menu commands,
 * deep links and reminders to the window the user was last in.
 */
export interface AppWindowLike {
  isDestroyed(): boolean;
  on(event: 'focus' | 'closed', listener: () => void): unknown;
}

export interface WindowRegistry<W extends AppWindowLike> {
  add(window: W): void;
  /** The window focused last that is still open, else the newest open one. */
  current(): W | undefined;
  all(): W[];
}

export function createWindowRegistry<W extends AppWindowLike>(): WindowRegistry<W> {
  // Most recently focused last.
  const order: W[] = [];
  const alive = () => order.filter((w) => !w.isDestroyed());
  const remove = (window: W) => {
    const at = order.indexOf(window);
    if (at >= 0) order.splice(at, 1);
  };
  return {
    add(window) {
      remove(window);
      order.push(window);
      window.on('focus', () => {
        remove(window);
        order.push(window);
      });
      window.on('closed', () => remove(window));
    },
    current: () => alive().at(-1),
    all: alive,
  };
}

/** Where a further window opens: a step down and right of the one it opens from, so it does not hide it exactly. */
export function cascadeBounds<B extends { x?: number; y?: number; width: number; height: number }>(from: B | undefined, bounds: B, step = 32): B {
  if (!from || from.x === undefined || from.y === undefined) return bounds;
  return { ...bounds, x: from.x + step, y: from.y + step };
}
