/**
 * Waits for a Node-style "done" callback, but never longer than `timeoutMs`.
 * bonjour-service's Service.stop and Bonjour.destroy only call back once their
 * goodbye packets are sent or their socket is closed; a socket that errored or
 * a network that went away may never get there, and quitting the app waits on
 * them (src/main/lan/hosting.ts dispose). Answers how the wait ended; a start
 * that throws counts as failed, never as an exception.
 */
export type CallbackWaitOutcome = 'done' | 'timed-out' | 'failed';

export function waitForCallback(
  start: (done: () => void) => void,
  options: { timeoutMs: number; onTimeout?: () => void; onError?: (error: unknown) => void },
): Promise<CallbackWaitOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: CallbackWaitOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      if (settled) return;
      options.onTimeout?.();
      settle('timed-out');
    }, options.timeoutMs);
    // Never keep the process alive just for this bound.
    timer.unref?.();
    try {
      start(() => settle('done'));
    } catch (error) {
      options.onError?.(error);
      settle('failed');
    }
  });
}
