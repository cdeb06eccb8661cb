// Service worker registration. A new version waits until the client says "refresh";
// before it takes over we write every pending answer, so nothing typed is lost.
import { Workbox } from 'workbox-window';
import { flushAnswers } from '../storage/index.ts';

export function registerServiceWorker(onUpdateReady: (activate: () => Promise<void>) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    onUpdateReady(async () => {
      await flushAnswers();
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
