import { useEffect } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

/**
 * Calls `lock` after `minutes` without any use. Typed text is safe: locking writes it first
 * (see closeProfile), and it is there again after unlocking.
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    if (minutes <= 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    restart();
    ACTIVITY_EVENTS.forEach((type) => window.addEventListener(type, restart, { passive: true, capture: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, restart, { capture: true }));
    };
  }, [minutes, lock]);
}
