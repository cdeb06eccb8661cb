import { useEffect, useState } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

/** The warning comes this long before the lock (WCAG 2.2.1: the person can ask for more time). */
export const WARN_BEFORE_LOCK_MS = 30_000;

/**
 * Calls `lock` after `minutes` without any use, and says `warning: true` 30 seconds before.
 * Any use (or `stillHere`) starts the time again. Typed text is safe: locking writes it first
 * (see closeProfile), and it is there again after unlocking.
 */
export function useIdleLock(minutes: number, lock: () => void): { warning: boolean; stillHere: () => void } {
  const [warning, setWarning] = useState(false);
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    if (minutes <= 0) return;
    let warnTimer: ReturnType<typeof setTimeout>;
    let lockTimer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(warnTimer);
      clearTimeout(lockTimer);
      setWarning(false);
      const lockAfter = minutes * 60_000;
      warnTimer = setTimeout(() => setWarning(true), Math.max(0, lockAfter - WARN_BEFORE_LOCK_MS));
      lockTimer = setTimeout(() => {
        setWarning(false);
        lock();
      }, lockAfter);
    };
    restart();
    ACTIVITY_EVENTS.forEach((type) => window.addEventListener(type, restart, { passive: true, capture: true }));
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(lockTimer);
      setWarning(false);
      ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, restart, { capture: true }));
    };
  }, [minutes, lock, restarts]);
  return { warning, stillHere: () => setRestarts((n) => n + 1) };
}
