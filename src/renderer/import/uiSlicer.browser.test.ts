import { describe, expect, it } from 'vitest';
import { runSliced, type Steps } from '../../shared/import/slices';
import { Superseded, uiSlicer } from './uiSlicer';

/** About `ms` of work on the main thread, as steps that may stop every tenth of a millisecond. */
function* busy(ms: number): Steps<number> {
  const end = performance.now() + ms;
  let steps = 0;
  while (performance.now() < end) {
    const until = performance.now() + 0.1;
    while (performance.now() < until) {
      // spin
    }
    steps++;
    yield;
  }
  return steps;
}

describe('uiSlicer (in Chromium)', () => {
  it('hands the thread back between slices: the page paints and timers run while the work goes on', async () => {
    let frames = 0;
    const countFrames = () => {
      frames++;
      if (!done) requestAnimationFrame(countFrames);
    };
    let done = false;
    requestAnimationFrame(countFrames);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await runSliced(busy(600), uiSlicer());
    done = true;
    expect(timerRan).toBe(true);
    // Frames were painted during the work (none would be if the pauses did not give the thread back).
    expect(frames).toBeGreaterThan(0);
  });

  it('throws Superseded at the next pause once cancelled', async () => {
    let cancelled = false;
    const slicer = uiSlicer(() => cancelled);
    await slicer.pause();
    cancelled = true;
    await expect(slicer.pause()).rejects.toBeInstanceOf(Superseded);
  });
});
