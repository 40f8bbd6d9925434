import { describe, expect, it } from 'vitest';
import { GESTURE_LIFESPAN_MS, MIN_EXTERNAL_INTERVAL_MS, createExternalOpenGate, isActivatingInput } from '../../src/main/security/externalOpenGate';

// shell.openExternal only after a user gesture, at most once a second (issue 14 item 8).
// The clock is passed in: these are decisions at given instants, not timings.

describe('external open gate', () => {
  it('refuses without a user gesture', () => {
    const gate = createExternalOpenGate();
    expect(gate.tryOpen(10_000)).toEqual({ allow: false, reason: 'no-user-gesture' });
    // Pointer moves, wheel, hover and key releases are not gestures.
    for (const type of ['mouseMove', 'mouseEnter', 'mouseLeave', 'mouseWheel', 'keyUp', 'char', 'gestureScrollBegin', 'contextMenu', 'undefined', undefined]) {
      gate.noteInput(type, 10_000);
      expect(gate.tryOpen(10_001), String(type)).toEqual({ allow: false, reason: 'no-user-gesture' });
    }
  });

  it('allows one open right after a click, a key press or a tap', () => {
    for (const type of ['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd', 'pointerUp']) {
      const gate = createExternalOpenGate();
      gate.noteInput(type, 50_000);
      expect(gate.tryOpen(50_010), type).toEqual({ allow: true });
      expect(isActivatingInput(type)).toBe(true);
    }
  });

  it('spends the gesture: one click opens one window', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseUp', 1_000);
    expect(gate.tryOpen(1_001)).toEqual({ allow: true });
    // The same click again, even after the rate interval.
    expect(gate.tryOpen(1_001 + MIN_EXTERNAL_INTERVAL_MS + 1)).toEqual({ allow: false, reason: 'no-user-gesture' });
  });

  it('lets a gesture expire after its lifespan', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseDown', 1_000);
    expect(gate.tryOpen(1_000 + GESTURE_LIFESPAN_MS + 1)).toEqual({ allow: false, reason: 'no-user-gesture' });
    gate.noteInput('mouseDown', 20_000);
    expect(gate.tryOpen(20_000 + GESTURE_LIFESPAN_MS)).toEqual({ allow: true });
  });

  it('opens at most once a second, whatever the clicks, and a refused click leaves no gesture behind', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseUp', 1_000);
    expect(gate.tryOpen(1_000)).toEqual({ allow: true });
    gate.noteInput('mouseUp', 1_200);
    expect(gate.tryOpen(1_200)).toEqual({ allow: false, reason: 'rate-limited' });
    // No click since: the refused one is spent.
    expect(gate.tryOpen(2_500)).toEqual({ allow: false, reason: 'no-user-gesture' });
    gate.noteInput('keyDown', 1_000 + MIN_EXTERNAL_INTERVAL_MS);
    expect(gate.tryOpen(1_000 + MIN_EXTERNAL_INTERVAL_MS)).toEqual({ allow: true });
  });

  it('a stream of keystrokes opens at most one link per second', () => {
    const gate = createExternalOpenGate();
    let opened = 0;
    // Ten seconds of typing at 50 keys a second, each followed by a request to open a link.
    for (let t = 0; t < 10_000; t += 20) {
      gate.noteInput('rawKeyDown', t);
      if (gate.tryOpen(t).allow) opened += 1;
    }
    expect(opened).toBe(10_000 / MIN_EXTERNAL_INTERVAL_MS);
  });

  it('does not keep a gesture from the future valid when the clock goes back', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseUp', 100_000);
    expect(gate.tryOpen(50_000)).toEqual({ allow: false, reason: 'no-user-gesture' });
  });
});
