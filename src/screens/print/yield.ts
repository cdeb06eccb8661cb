// Long work on the main thread goes in slices, with a pause between them in which the
// browser can answer a tap or a key and show the progress.

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a new task: after input waiting to be handled (and, now and then, a paint). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Not setTimeout(0): browsers wait at least 4 ms after a few nested timeouts.
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.addEventListener(
        'message',
        () => {
          channel.port1.close();
          resolve();
        },
        { once: true },
      );
      channel.port1.start();
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Aim for slices of about this many ms: well under the 50 ms of a "long task". */
const SLICE_MS = 20;

/** The size of the next slice: as many items as fit in SLICE_MS, judged by how long the last slice took. */
export function nextSliceSize(size: number, tookMs: number, min = 1, max = 400): number {
  const scaled = Math.round((size * SLICE_MS) / Math.max(tookMs, 1));
  // Grow slowly (the first slices are often slow while the browser warms up), shrink at once.
  return Math.min(max, Math.max(min, Math.min(scaled, size * 2)));
}
