// One profile's data in IndexedDB (through Dexie), sealed with the profile's key when it has a PIN.
// Loaded with a dynamic import so that Dexie is not part of the first screen's JavaScript.
import type { StorageBackend } from './backend.ts';
import { seal, unseal } from './crypto.ts';
import { WorkbookDB, type EntryKind, type EntryRow } from './db.ts';
import type { ModuleProgress, PracticeState, Settings, StoredAnswer, Top3Item } from './types.ts';

export async function openDatabase(name?: string): Promise<WorkbookDB> {
  const db = new WorkbookDB(name);
  await db.open();
  return db;
}

export function profileBackend(db: WorkbookDB, profileId: string, key: CryptoKey | null): StorageBackend {
  const toRow = async (kind: EntryKind, entryKey: string, value: unknown): Promise<EntryRow> =>
    key ? { profileId, kind, key: entryKey, sealed: await seal(key, value) } : { profileId, kind, key: entryKey, plain: value };
  const fromRow = async <T>(row: EntryRow | undefined): Promise<T | undefined> => {
    if (!row) return undefined;
    if (row.sealed) {
      if (!key) throw new Error('This profile is locked');
      return unseal<T>(key, row.sealed);
    }
    return row.plain as T;
  };
  const rowsOf = (kind: EntryKind, prefix = '') =>
    db.entries
      .where('[profileId+kind+key]')
      .between([profileId, kind, prefix], [profileId, kind, prefix + '\uffff'])
      .toArray();
  const readAll = async <T>(kind: EntryKind, prefix?: string) =>
    Promise.all((await rowsOf(kind, prefix)).map((row) => fromRow<T>(row) as Promise<T>));

  return {
    mode: 'device',
    answers: (moduleId) => readAll<StoredAnswer>('answer', moduleId ? `${moduleId}/` : ''),
    putAnswers: async (answers) => {
      const rows = await Promise.all(answers.map((a) => toRow('answer', `${a.moduleId}/${a.exerciseId}`, a)));
      await db.entries.bulkPut(rows);
    },
    top3: async () => (await fromRow<Top3Item[]>(await db.entries.get([profileId, 'top3', 'list']))) ?? [],
    setTop3: async (items) => void (await db.entries.put(await toRow('top3', 'list', items))),
    progress: () => readAll<ModuleProgress>('progress'),
    putProgress: async (progress) => void (await db.entries.put(await toRow('progress', progress.moduleId, progress))),
    setting: async (name) => fromRow<Settings[typeof name]>(await db.entries.get([profileId, 'setting', name])),
    putSetting: async (name, value) => void (await db.entries.put(await toRow('setting', name, value))),
    practice: async () => fromRow<PracticeState>(await db.entries.get([profileId, 'practice', 'state'])),
    putPractice: async (state) =>
      state
        ? void (await db.entries.put(await toRow('practice', 'state', state)))
        : void (await db.entries.delete([profileId, 'practice', 'state'])),
  };
}
