// IndexedDB through Dexie. Loaded with a dynamic import so that Dexie is not part of
// the first screen's JavaScript.
import type { StorageBackend } from './backend.ts';
import { WorkbookDB, type SettingRow } from './db.ts';

export async function openDeviceBackend(name?: string): Promise<StorageBackend> {
  const db = new WorkbookDB(name);
  await db.open();
  const outdatedListeners: (() => void)[] = [];
  db.on('versionchange', () => {
    db.close();
    outdatedListeners.forEach((listener) => listener());
    return false;
  });
  return {
    mode: 'device',
    answers: (moduleId) => (moduleId ? db.answers.where('moduleId').equals(moduleId).toArray() : db.answers.toArray()),
    putAnswers: async (answers) => void (await db.answers.bulkPut(answers)),
    top3: async () => (await db.top3.orderBy('slot').toArray()).map(({ slot: _slot, ...item }) => item),
    setTop3: (items) =>
      db.transaction('rw', db.top3, async () => {
        await db.top3.clear();
        await db.top3.bulkPut(items.map((item, slot) => ({ ...item, slot })));
      }),
    progress: () => db.progress.toArray(),
    putProgress: async (progress) => void (await db.progress.put(progress)),
    setting: async (key) => (await db.settings.get(key))?.value as never,
    putSetting: async (key, value) => void (await db.settings.put({ key, value } satisfies SettingRow)),
    onOutdated: (listener) => void outdatedListeners.push(listener),
    close: () => db.close(),
  };
}
