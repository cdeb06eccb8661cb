// The first screen's one read: the device's settings and profiles, and whether anything is
// stored, through plain IndexedDB. The first paint then needs no Dexie (32 KB gzip), which opens
// right after it for everything else. Add here only what the first screen must know; and, on an
// own device without a PIN, the answers of the page opened first (readPlainEntries).
import type { DeviceModuleRow, DeviceRow, EntryKind, EntryRow, ProfileRow } from './db.ts';
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

/** The database as it is (never created or upgraded here), null when it cannot be opened, 'none' when there is none yet. */
function openAsItIs(name: string): Promise<IDBDatabase | null | 'none'> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: create none (Dexie creates it with its schema).
    request.addEventListener('upgradeneeded', () => request.transaction?.abort());
    request.addEventListener('error', () => resolve(request.error?.name === 'AbortError' ? 'none' : null));
    request.addEventListener('success', () => {
      const db = request.result;
      if (STORES.every((store) => db.objectStoreNames.contains(store))) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    });
  });
}

let reading: Promise<DeviceRows | null> | null = null;

/**
 * The rows, or null when plain IndexedDB cannot tell (blocked, or a database Dexie must upgrade first).
 * Calls while a read is under way share it (the session and the device modules ask at the same start).
 */
export function readDeviceRows(name = DB_NAME): Promise<DeviceRows | null> {
  if (name !== DB_NAME) return readRows(name);
  reading ??= readRows(name).finally(() => (reading = null));
  return reading;
}

async function readRows(name: string): Promise<DeviceRows | null> {
  const db = await openAsItIs(name);
  if (db === 'none') return NOTHING_STORED;
  if (!db) return null;
  return new Promise((resolve) => {
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
}

/**
 * The values of a plain (PIN-less) profile's entries of one kind whose names start with `prefix`
 * (the answers of one module), as Dexie's backend would give them; sealed rows are skipped, as
 * there. null when plain IndexedDB cannot tell: ask Dexie. Lets a module page's answer boxes take
 * typing before Dexie is loaded (see laterBackend).
 */
export async function readPlainEntries(profileId: string, kind: EntryKind, prefix = ''): Promise<unknown[] | null> {
  const db = await openAsItIs(DB_NAME);
  if (db === 'none') return [];
  if (!db) return null;
  return new Promise((resolve) => {
    const done = (values: unknown[] | null) => {
      db.close();
      resolve(values);
    };
    try {
      const range = IDBKeyRange.bound([profileId, kind, prefix], [profileId, kind, `${prefix}\uffff`], false, true);
      const request = db.transaction('entries', 'readonly').objectStore('entries').getAll(range);
      // Handlers as properties (not listeners): the browser tests' storage hooks hold and fail reads this way.
      request.onsuccess = () =>
        done((request.result as EntryRow[]).filter((row) => !row.sealed && row.key.startsWith(prefix)).map((row) => row.plain));
      // oxlint-disable-next-line unicorn/prefer-add-event-listener -- see above: the hooks fail reads through onerror.
      request.onerror = () => done(null);
    } catch {
      done(null);
    }
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
