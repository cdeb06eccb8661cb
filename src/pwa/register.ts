// Service worker registration. A new version waits until the client says "refresh";
// before it takes over we write every pending answer, so nothing typed is lost.
import { afterFirstPaint, flushAnswers } from '../storage/index.ts';

export function registerServiceWorker(onUpdateReady: (activate: () => Promise<void>) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // workbox-window (2.6 KB gzip) is not needed for the first paint.
  afterFirstPaint(() => {
    import('workbox-window').then(
      ({ Workbox }) => register(new Workbox('/sw.js'), onUpdateReady),
      (error: unknown) => console.warn('Offline use is not set up this time', error),
    );
  });
}

function register(wb: import('workbox-window').Workbox, onUpdateReady: (activate: () => Promise<void>) => void): void {
  wb.addEventListener('waiting', () => {
    onUpdateReady(async () => {
      await flushAnswers();
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
