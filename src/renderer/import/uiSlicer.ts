import { timeSlicer, type Slicer } from '../../shared/import/slices';

/** Thrown out of a slice whose result is no longer wanted (the file, mapping or a decision changed). */
export class Superseded extends Error {}

/**
 * Work in slices of about SLICE_MS that hand the main thread back to the UI
 * (a macrotask, so the browser paints and handles input in between); once
 * `cancelled`, the next pause throws Superseded instead of going on.
 */
export function uiSlicer(cancelled: () => boolean = () => false): Slicer {
  return timeSlicer(
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) throw new Superseded();
    },
    () => performance.now(),
  );
}
