// The first screen's one read: the device's settings and profiles, and whether anything is
// stored, through plain IndexedDB. The first paint then needs no Dexie (32 KB gzip), which opens
// right after it for everything else. Add here only what the first screen must know.
import type { DeviceModuleRow, DeviceRow, ProfileRow } from './db.ts';
import { DB_NAME } from './device-rows.ts';

export interface DeviceRows {
  device: DeviceRow[];
  profiles: ProfileRow[];
  hasEntries: boolean;
  /** Modules written or adapted on this device (an empty list before schema version 4). */
  modules: DeviceModuleRow[];
}

const STORES = ['device', 'profiles', 'entries'];
const NOTHING_STORED: DeviceRows = { device: [], profiles: [], hasEntries: false, modules: [] };

/** The rows, or null when plain IndexedDB cannot tell (blocked, or a database Dexie must upgrade first). */
export function readDeviceRows(name = DB_NAME): Promise<DeviceRows | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: create none (Dexie creates it with its schema); nothing is stored.
    request.addEventListener('upgradeneeded', () => request.transaction?.abort());
    request.addEventListener('error', () => resolve(request.error?.name === 'AbortError' ? NOTHING_STORED : null));
    request.addEventListener('success', () => {
      const db = request.result;
      if (!STORES.every((store) => db.objectStoreNames.contains(store))) {
        db.close();
        resolve(null);
        return;
      }
      const hasModules = db.objectStoreNames.contains('modules');
      const tx = db.transaction(hasModules ? [...STORES, 'modules'] : STORES, 'readonly');
      const device = tx.objectStore('device').getAll();
      const profiles = tx.objectStore('profiles').getAll();
      const entries = tx.objectStore('entries').count();
      const modules = hasModules ? tx.objectStore('modules').getAll() : null;
      // Closed at once, so that Dexie can upgrade the database when a new version asks for it.
      tx.addEventListener('complete', () => {
        db.close();
        resolve({ device: device.result, profiles: profiles.result, hasEntries: entries.result > 0, modules: modules?.result ?? [] });
      });
      tx.addEventListener('abort', () => {
        db.close();
        resolve(null);
      });
    });
  });
}

/**
 * Runs call once the browser has painted the first content (Paint Timing), so that what it loads
 * does not compete with the first screen. At once where no paint will be reported (no Paint
 * Timing, a hidden tab); at the latest after waitMs, so a paint never reported holds nothing back.
 */
export function afterFirstPaint(call: () => void, waitMs = 1500): void {
  const paintReported = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!paintReported || document.visibilityState === 'hidden') {
    setTimeout(call, 0);
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    setTimeout(call, 0);
  };
  setTimeout(once, waitMs);
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    once();
  }).observe({ type: 'paint', buffered: true });
}
