// Service worker registration. A new version waits until the client says "refresh". Before the
// page goes, what was typed is put in the rescue copy at once (see storage/rescue.ts) and written
// if it can be, so the new version stores it; the refresh never waits long for that.
import { afterFirstPaint, flushAnswers, rescueNow } from '../storage/index.ts';
import { linkManifest } from './manifest.ts';

/** How long "Vernieuwen" waits for pending answers and for the new worker before it reloads anyway. */
const REFRESH_WAIT_MS = 1500;

const atMost = (ms: number, promise: Promise<unknown>) =>
  Promise.race([promise.catch(() => {}), new Promise((done) => setTimeout(done, ms))]);

/** Reloads into the newest version: after another tab updated, or when this page can no longer write. */
export function refreshNow(): void {
  rescueNow();
  window.location.reload();
}

export function registerServiceWorker(onUpdateReady: (activate: () => Promise<void>) => void): void {
  window.addEventListener('vite:preloadError', reloadWhenChunkMissing);
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // workbox-window (2.6 KB gzip) is not needed for the first paint.
  afterFirstPaint(() => {
    linkManifest();
    import('workbox-window').then(
      ({ Workbox }) => register(new Workbox('/sw.js'), onUpdateReady),
      (error: unknown) => console.warn('Offline use is not set up this time', error),
    );
  });
}

function register(wb: import('workbox-window').Workbox, onUpdateReady: (activate: () => Promise<void>) => void): void {
  wb.addEventListener('waiting', () => {
    onUpdateReady(async () => {
      rescueNow();
      await atMost(REFRESH_WAIT_MS, flushAnswers());
      // Another tab may already have started the new version: then there is nothing to wait for.
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.waiting) return window.location.reload();
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
      setTimeout(() => window.location.reload(), REFRESH_WAIT_MS);
    });
  });
  // Registration can fail (sw.js unreachable, or a browser that refuses service workers): the app works on without.
  wb.register().catch((error: unknown) => console.warn('Offline use is not set up this time', error));
}

/**
 * A screen this page never opened may be gone once a newer version is installed (its file name
 * changes with every build, and the new precache no longer has it). Vite then fires
 * 'vite:preloadError'; instead of a blank screen the page reloads into the new version, once.
 */
function reloadWhenChunkMissing(event: Event): void {
  const KEY = 'zinvol:reloaded-for-missing-screen';
  try {
    if (Date.now() - Number(sessionStorage.getItem(KEY) ?? 0) < 10_000) return;
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return;
  }
  event.preventDefault();
  refreshNow();
}
