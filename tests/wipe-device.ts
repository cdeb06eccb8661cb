import { DB_NAME } from '../src/storage/db.ts';
import { resetStorageForTests } from '../src/storage/index.ts';

/** A clean device between tests: the database closed and deleted, local storage empty. */
export async function wipeDevice(): Promise<void> {
  await resetStorageForTests();
  await new Promise((done, fail) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.addEventListener('success', done);
    request.addEventListener('error', () => fail(request.error));
  });
  localStorage.clear();
}
