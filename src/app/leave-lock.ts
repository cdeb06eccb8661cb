import { useEffect } from 'preact/hooks';

/** A short look at another app (a message, the clock) does not lock; a longer absence does. */
export const HIDDEN_GRACE_MS = 30_000;

/**
 * When the page is left by any route (another page in this tab, closing, the back-forward
 * cache, or hidden for longer than a short grace), `lock` runs. The content is hidden at once,
 * so a page restored from the back-forward cache never shows it: it reloads, and a reload
 * always starts locked (keys live only in memory).
 */
export function useLockWhenLeft(enabled: boolean, lock: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement;
    let hiddenAt: number | null = null;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const onPageHide = () => {
      root.classList.add('left-locked');
      lock();
    };
    const onVisibility = () => {
      clearTimeout(graceTimer);
      if (document.visibilityState === 'hidden') {
        hiddenAt = performance.now();
        graceTimer = setTimeout(lock, HIDDEN_GRACE_MS);
      } else if (hiddenAt !== null && performance.now() - hiddenAt >= HIDDEN_GRACE_MS) {
        lock();
      }
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(graceTimer);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled, lock]);
}

/** Installed once at start: a page that was left locked and comes back from the cache starts again. */
export function reloadWhenRestoredLocked(target: Window = window): void {
  target.addEventListener('pageshow', (event) => {
    if (event.persisted && target.document.documentElement.classList.contains('left-locked')) target.location.reload();
  });
}
