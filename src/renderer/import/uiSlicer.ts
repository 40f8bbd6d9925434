import { timeSlicer, type Slicer } from '../../shared/import/slices';

/** Thrown out of a slice whose result is no longer wanted (the file, mapping or a decision changed). */
export class Superseded extends Error {}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * A new task, as setTimeout(0) gives, without its clamp: timeouts set from
 * timeouts are delayed to 4 ms once they nest five deep, which every yield of
 * a long import does (500 yields of a 50,000-row commit: two seconds of
 * waiting). A message to ourselves is a task too: the browser paints when a
 * frame is due and handles input in between, as React's scheduler relies on.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Work in slices of about SLICE_MS that hand the main thread back to the UI
 * (a task, so the browser paints and handles input in between); once
 * `cancelled`, the next pause throws Superseded instead of going on.
 */
export function uiSlicer(cancelled: () => boolean = () => false): Slicer {
  return timeSlicer(
    async () => {
      await nextTask();
      if (cancelled()) throw new Superseded();
    },
    () => performance.now(),
  );
}
