// Test hooks at the storage layer, installed before the app runs (an init script): the browser's
// own failures, made on demand. "full" (a localStorage flag, so it lasts through a reload) makes
// writes to the workbook's table fail with the browser's QuotaExceededError; "hold" (a window flag,
// gone after a reload) keeps every write transaction open, so a save stays "under way" until the
// page ends, as on a slow phone; "hold reads" (a localStorage flag, so it can be set before a
// reload) holds back every answer read (a read-only request on the workbook's table) until it is
// cleared, as on a slow phone's first read; "hold the database library" (a localStorage flag)
// keeps Dexie's open (the one open that asks for a version) from finishing until it is cleared,
// as on a slow phone where the library is still loading.
import type { BrowserContext, Page } from '@playwright/test';

export async function installStorageHooks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const full = () => {
      try {
        return localStorage.getItem('zinvol-test:full') === '1';
      } catch {
        return false;
      }
    };
    const held = () => (window as unknown as { holdWrites?: boolean }).holdWrites === true;
    const readsHeld = () => {
      try {
        return localStorage.getItem('zinvol-test:hold-reads') === '1';
      } catch {
        return false;
      }
    };
    const readsFail = () => {
      try {
        return localStorage.getItem('zinvol-test:fail-reads') === '1';
      } catch {
        return false;
      }
    };
    const libraryHeld = () => {
      try {
        return localStorage.getItem('zinvol-test:hold-library') === '1';
      } catch {
        return false;
      }
    };
    const versionedOpens = new WeakSet<IDBRequest>();
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<typeof open>) {
      const request = open.apply(this, args);
      if (args[1] !== undefined) versionedOpens.add(request);
      return request;
    } as typeof open;
    // Each request's error handler, so that a read can be made to fail the way the browser fails it.
    const errorHandlers = new WeakMap<IDBRequest, (event: Event) => void>();
    const onerror = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onerror')!;
    Object.defineProperty(IDBRequest.prototype, 'onerror', {
      ...onerror,
      set(this: IDBRequest, handler: ((event: Event) => void) | null) {
        if (handler) errorHandlers.set(this, handler);
        onerror.set!.call(this, handler);
      },
    });
    // A read's result is handed over (its success handler runs) only once reads are let go; with
    // "fail reads" its error handler runs instead, with the error a broken disk would give.
    const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
    Object.defineProperty(IDBRequest.prototype, 'onsuccess', {
      ...onsuccess,
      set(this: IDBRequest, handler: ((event: Event) => void) | null) {
        if (handler && versionedOpens.has(this)) {
          const opened = (event: Event) => (libraryHeld() ? void setTimeout(() => opened(event), 20) : handler.call(this, event));
          onsuccess.set!.call(this, opened);
          return;
        }
        const tx = this.transaction;
        const isAnswerRead = tx?.mode === 'readonly' && [...tx.objectStoreNames].includes('entries');
        if (!handler || !isAnswerRead) {
          onsuccess.set!.call(this, handler);
          return;
        }
        const later = (event: Event) => {
          if (readsHeld()) return void setTimeout(() => later(event), 20);
          const fail = readsFail() && errorHandlers.get(this);
          if (!fail) return handler.call(this, event);
          const error = new DOMException('The read failed.', 'UnknownError');
          fail.call(this, { type: 'error', target: { error }, preventDefault() {}, stopPropagation() {} } as unknown as Event);
        };
        onsuccess.set!.call(this, later);
      },
    });
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (full() && this.name === 'entries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      const tx = transaction.apply(this, args);
      if (args[1] === 'readwrite' && held()) {
        // A transaction commits once no request is left; a chain of small reads keeps it open.
        heldTransactions.add(tx);
        const store = tx.objectStore(tx.objectStoreNames[0]!);
        const spin = () => {
          if (held()) store.count().addEventListener('success', spin);
        };
        spin();
      }
      return tx;
    } as typeof transaction;
    // Dexie commits its transactions explicitly; a held one must wait.
    const heldTransactions = new WeakSet<IDBTransaction>();
    const commit = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function (this: IDBTransaction) {
      if (!heldTransactions.has(this)) commit.call(this);
    };
  });
}

export async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => (on ? localStorage.setItem('zinvol-test:full', '1') : localStorage.removeItem('zinvol-test:full')), full);
}

export async function holdWrites(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { holdWrites?: boolean }).holdWrites = true));
}

export async function holdReads(page: Page, hold: boolean): Promise<void> {
  await page.evaluate(
    (on) => (on ? localStorage.setItem('zinvol-test:hold-reads', '1') : localStorage.removeItem('zinvol-test:hold-reads')),
    hold,
  );
}

export async function failReads(page: Page, fail: boolean): Promise<void> {
  await page.evaluate(
    (on) => (on ? localStorage.setItem('zinvol-test:fail-reads', '1') : localStorage.removeItem('zinvol-test:fail-reads')),
    fail,
  );
}

/** Holds (or lets go) Dexie's opening of the database, in this page and the next ones. */
export async function holdLibrary(page: Page, hold: boolean): Promise<void> {
  await page.evaluate(
    (on) => (on ? localStorage.setItem('zinvol-test:hold-library', '1') : localStorage.removeItem('zinvol-test:hold-library')),
    hold,
  );
}
