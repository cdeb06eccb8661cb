// The first screen's one read: the device's settings and profiles, and whether anything is
// stored, through plain IndexedDB. The first paint then needs no Dexie (32 KB gzip). Add here
// only what the first screen must know; and, on an own device without a PIN, the answers of the
// page opened first. The reads of such a profile's data (readPlainEntries, readPlainEntry) go the
// same way until something is written: Dexie opens then (see laterBackend).
import type { DeviceModuleRow, DeviceRow, EntryKind, EntryRow, ProfileRow } from './db.ts';
import { DB_NAME, OWN_PROFILE_ID } from './device-rows.ts';
import { onOtherTab } from './tabs.ts';

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
      // Never in the way of a new version's upgrade (Dexie's, here or in another tab).
      db.addEventListener('versionchange', () => db.close());
      if (STORES.every((store) => db.objectStoreNames.contains(store))) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    });
  });
}

let reading: Promise<DeviceRows | null> | null = null;
let bootStarted = false;

/**
 * The module page opened first (asked before the boot read starts): its answers on an own device
 * are read in the boot read's transaction, so the page needs no second open of the database.
 */
let firstModule: string | null = null;
/** Those answers, by `${kind}:${prefix}`, each handed out once (see readPlainEntries). */
const readAtBoot = new Map<string, unknown[]>();
const ANSWER_KINDS: EntryKind[] = ['answer', 'answer-version'];
const bootKey = (kind: EntryKind, prefix: string) => `${kind}:${prefix}`;

/** Reads this module's own answers along with the boot read, if that has not started yet. */
export function readAnswersAtBoot(moduleId: string): void {
  if (!bootStarted) firstModule ??= moduleId;
}

/** Forgets what was read ahead: a device that needs a PIN or a sign-in never shows it. */
export function dropAnswersReadAtBoot(): void {
  readAtBoot.clear();
}

/** For tests: as at a fresh start. */
export function forgetBootReadForTests(): void {
  bootStarted = false;
  sharedOpen = null;
  firstModule = null;
  readAtBoot.clear();
}

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
  const prefix = name === DB_NAME && !bootStarted && firstModule !== null ? `${firstModule}/` : null;
  if (name === DB_NAME) bootStarted = true;
  // Another tab's change after this read makes what it read ahead out of date.
  if (prefix !== null) onOtherTab((message) => message.kind === 'data' && readAtBoot.clear());
  const db = await openAsItIs(name);
  if (db === 'none') return NOTHING_STORED;
  if (!db) return null;
  return new Promise((resolve) => {
    const hasModules = db.objectStoreNames.contains('modules');
    const tx = db.transaction(hasModules ? [...STORES, 'modules'] : STORES, 'readonly');
    const device = tx.objectStore('device').getAll();
    const profiles = tx.objectStore('profiles').getAll();
    // One key is enough to know (counting walks every entry of every profile).
    const someEntry = tx.objectStore('entries').getAllKeys(null, 1);
    const modules = hasModules ? tx.objectStore('modules').getAll() : null;
    const ahead = prefix === null ? [] : ANSWER_KINDS.map((kind) => readAhead(tx.objectStore('entries'), kind, prefix));
    // Closed once this read is done, so that Dexie can upgrade the database when a new version asks for it.
    db.close();
    const rows = () => ({
      device: device.result,
      profiles: profiles.result,
      hasEntries: someEntry.result.length > 0,
      modules: modules?.result ?? [],
    });
    // Requests finish in order: when the last one has, every result is in (no need to wait for the commit).
    [device, profiles, someEntry, modules, ...ahead].at(-1)?.addEventListener('success', () => resolve(rows()));
    tx.addEventListener('complete', () => resolve(rows()));
    tx.addEventListener('abort', () => {
      readAtBoot.clear();
      resolve(null);
    });
  });
}

/** Entries of the own profile, kept for the first readPlainEntries of the same kind and prefix. */
function readAhead(store: IDBObjectStore, kind: EntryKind, prefix: string): IDBRequest {
  const request = store.getAll(entryRange(OWN_PROFILE_ID, kind, prefix));
  // As properties, like readPlainEntries (the browser tests' storage hooks hold and fail them): a
  // failed or late one leaves nothing here, and the page reads its answers the usual way.
  request.onsuccess = () => readAtBoot.set(bootKey(kind, prefix), plainValues(request.result as EntryRow[], prefix));
  // oxlint-disable-next-line unicorn/prefer-add-event-listener -- see above.
  request.onerror = (event) => event.preventDefault();
  return request;
}

const entryRange = (profileId: string, kind: EntryKind, prefix: string) =>
  IDBKeyRange.bound([profileId, kind, prefix], [profileId, kind, `${prefix}\uffff`], false, true);

/** What Dexie's backend would give: sealed rows are skipped. */
const plainValues = (rows: EntryRow[], prefix: string) =>
  rows.filter((row) => !row.sealed && row.key.startsWith(prefix)).map((row) => row.plain);

/**
 * The values of a plain (PIN-less) profile's entries of one kind whose names start with `prefix`
 * (the answers of one module), as Dexie's backend would give them; sealed rows are skipped, as
 * there. null when plain IndexedDB cannot tell: ask Dexie. Lets a module page's answer boxes take
 * typing before Dexie is loaded (see laterBackend).
 */
export async function readPlainEntries(profileId: string, kind: EntryKind, prefix = ''): Promise<unknown[] | null> {
  const early = profileId === OWN_PROFILE_ID ? readAtBoot.get(bootKey(kind, prefix)) : undefined;
  if (early) {
    readAtBoot.delete(bootKey(kind, prefix));
    return early;
  }
  const rows = await readEntryRows(entryRange(profileId, kind, prefix));
  return rows && plainValues(rows, prefix);
}

/**
 * The value of one entry of a plain profile (the top 3, a setting), as Dexie's backend would give
 * it: `{ value: undefined }` when there is none or it is sealed; null when plain IndexedDB cannot tell.
 */
export async function readPlainEntry(profileId: string, kind: EntryKind, key: string): Promise<{ value: unknown } | null> {
  const rows = await readEntryRows(IDBKeyRange.only([profileId, kind, key]));
  if (!rows) return null;
  const row = rows[0];
  return { value: row && !row.sealed ? row.plain : undefined };
}

/**
 * One connection for the reads under way at the same time (home asks for five at once, and each
 * open of the database is a round trip to the browser), closed when the last of them is done.
 */
let sharedOpen: { db: Promise<IDBDatabase | null | 'none'>; readers: number } | null = null;

/** The entries rows in a key range; [] when there is no database yet, null when it cannot be read this way. */
async function readEntryRows(range: IDBKeyRange): Promise<EntryRow[] | null> {
  const open = (sharedOpen ??= { db: openAsItIs(DB_NAME), readers: 0 });
  open.readers++;
  const release = () => {
    if (--open.readers > 0) return;
    if (sharedOpen === open) sharedOpen = null;
    void open.db.then((db) => db && db !== 'none' && db.close());
  };
  const db = await open.db;
  if (!db || db === 'none') {
    release();
    return db === 'none' ? [] : null;
  }
  return new Promise((resolve) => {
    const done = (rows: EntryRow[] | null) => {
      release();
      resolve(rows);
    };
    try {
      const request = db.transaction('entries', 'readonly').objectStore('entries').getAll(range);
      // Handlers as properties (not listeners): the browser tests' storage hooks hold and fail reads this way.
      request.onsuccess = () => done(request.result as EntryRow[]);
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
