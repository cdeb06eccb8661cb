// Long work on the main thread goes in slices, with a pause between them in which the
// browser can answer a tap or a key and paint the progress.

/**
 * Resolves in a new task, after input waiting to be handled and, when one is due, a frame.
 * Not scheduler.yield(): its continuations go before rendering, so the progress was hardly
 * ever painted. Not setTimeout(0): browsers wait at least 4 ms after a few nested timeouts.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
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
}

/**
 * Aim for slices of about this many ms. Well under the 50 ms of a "long task", with room for a
 * slice whose items are heavier than the last one's and for the browser's own work after it; and
 * under the 12.5 ms that Lighthouse counts as blocking on a phone (it multiplies by 4).
 */
const SLICE_MS = 8;

/** The size of the next slice: as many items as fit in SLICE_MS, judged by how long the last slice took. */
export function nextSliceSize(size: number, tookMs: number, min = 1, max = 400): number {
  const scaled = Math.floor((size * SLICE_MS) / Math.max(tookMs, 0.5));
  // Grow slowly (the first slices are often slow while the browser warms up), shrink at once.
  return Math.min(max, Math.max(min, Math.min(scaled, Math.ceil(size * 1.5))));
}
