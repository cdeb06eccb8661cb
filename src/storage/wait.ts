// The wait after wrong PINs, made so that changing the device's clock neither skips nor
// stretches it. Wall-clock time (Date.now) can be set by anyone holding the tablet, so it is
// not used at all: the wait runs on the page's monotonic clock (performance.now) while the app
// is open, and the database keeps how much was left, so a reload does not reset it.
// The cost: a wait only runs down while the app is open. It is never longer than MAX_WAIT_MS.

/** Wrong PINs that cost nothing; each next wrong PIN doubles the wait. */
export const FREE_TRIES = 3;
export const MAX_WAIT_MS = 15 * 60_000;

/** How long to wait after this many wrong tries in a row. */
export function waitAfterWrongTries(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(30_000 * 2 ** (wrongTries - FREE_TRIES), MAX_WAIT_MS);
}

/** Per lock (a profile id or 'trainer'): when its wait ends on this page's monotonic clock. */
const endsAt = new Map<string, number>();

/** What is left of a wait; `storedLeftMs` is what the database kept (from this or an earlier page). */
export function waitLeft(lockId: string, storedLeftMs: number, now = performance.now()): number {
  if (!(storedLeftMs > 0)) {
    endsAt.delete(lockId);
    return 0;
  }
  let end = endsAt.get(lockId);
  if (end === undefined) {
    end = now + Math.min(storedLeftMs, MAX_WAIT_MS);
    endsAt.set(lockId, end);
  }
  return Math.max(0, Math.ceil(end - now));
}

/** Starts a new wait after a wrong try; returns its length, to be stored. */
export function startWait(lockId: string, wrongTries: number, now = performance.now()): number {
  const ms = waitAfterWrongTries(wrongTries);
  if (ms > 0) endsAt.set(lockId, now + ms);
  else endsAt.delete(lockId);
  return ms;
}

export function forgetWait(lockId: string): void {
  endsAt.delete(lockId);
}
