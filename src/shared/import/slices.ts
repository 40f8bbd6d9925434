/**
 * Long work (a 50,000-row import) in slices measured by the clock, not counted
 * in rows: a row of one file costs ten times a row of another, and a slice that
 * runs past about 100 ms is a frame the user sees drop. The work is written as
 * a generator that yields wherever it may stop; runSync drains it at once
 * (tests, the CLI), runSliced hands the thread back whenever a slice is due.
 */
export interface Slicer {
  /** True once the current slice has used its time. */
  due(): boolean;
  /** Hands the thread back (the UI paints, input is handled) and starts a new slice. */
  pause(): Promise<void>;
}

/** A slice's time: well under a 100 ms frame, with room for a garbage collection or a paint after it. */
export const SLICE_MS = 30;

/**
 * A slicer over the caller's clock and way of yielding (shared code has no
 * timers: the renderer passes setTimeout and performance.now).
 */
export function timeSlicer(yieldNow: () => Promise<void>, now: () => number = Date.now, budgetMs = SLICE_MS): Slicer {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    pause: async () => {
      await yieldNow();
      started = now();
    },
  };
}

/** Steps of work: yields where it may stop, returns its result. */
export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runSliced<T>(steps: Steps<T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.pause();
  }
}
