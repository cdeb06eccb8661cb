// One profile's data in IndexedDB (through Dexie), sealed with the profile's key when it has a PIN.
// Loaded with a dynamic import so that Dexie is not part of the first screen's JavaScript.
import { earlierToKeep, planRestore, versionKey, type Seen } from './answer-versions.ts';
import type { StorageBackend } from './backend.ts';
import { seal, unseal } from './crypto.ts';
import { WorkbookDB, type EntryKind, type EntryRow } from './db.ts';
import { answerKey } from './saver.ts';
import type { AnswerVersion, ModuleProgress, Settings, StoredAnswer, Top3Item } from './types.ts';

export async function openDatabase(name?: string): Promise<WorkbookDB> {
  const db = new WorkbookDB(name);
  await db.open();
  return db;
}

type EntryId = [string, EntryKind, string];
interface Change<R> {
  put: EntryRow[];
  remove?: EntryId[];
  result: R;
}

/** What tells one stored version of a row from another: the random IV of a sealed row, or its plain value. */
const versionOf = (row: EntryRow | undefined): string =>
  !row ? '' : row.sealed ? `iv:${Array.from(row.sealed.iv).join(',')}` : `plain:${JSON.stringify(row.plain)}`;

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
  const answerId = (a: StoredAnswer): EntryId => [profileId, 'answer', answerKey(a)];
  const versionRow = (version: AnswerVersion) => toRow('answer-version', versionKey(version), version);

  const write = async <R>(change: Change<R>): Promise<R> => {
    if (change.put.length) await db.entries.bulkPut(change.put);
    if (change.remove?.length) await db.entries.bulkDelete(change.remove);
    return change.result;
  };

  /**
   * Reads rows, decides what to write, and writes it, with no other tab writing in between.
   * Plain rows: all in one transaction, so the write is under way as early as possible (a page
   * may be closing). Sealed rows need awaits (WebCrypto) that would end a transaction: read,
   * decide, then write only if the rows are still as read, else start again from what the
   * other tab wrote.
   */
  async function changeIfUnchanged<R>(ids: EntryId[], decide: (rows: (EntryRow | undefined)[]) => Promise<Change<R>>): Promise<R> {
    if (!key) return db.transaction('rw', db.entries, async () => write(await decide(await db.entries.bulkGet(ids))));
    for (let attempt = 0; ; attempt++) {
      const rows = await db.entries.bulkGet(ids);
      const change = await decide(rows);
      const done = await db.transaction('rw', db.entries, async () => {
        const now = await db.entries.bulkGet(ids);
        if (now.some((row, i) => versionOf(row) !== versionOf(rows[i]))) return false;
        await write(change);
        return true;
      });
      if (done) return change.result;
      if (attempt >= 20) throw new Error('Another tab keeps changing the same data');
    }
  }

  /**
   * Own device without a PIN: the answers are written by the first requests of the transaction,
   * next to the read of what they replace, so a page that is closing still writes them.
   */
  function putPlainAnswers(answers: StoredAnswer[], seen: (key: string) => Seen): Promise<AnswerVersion[]> {
    const row = (kind: EntryKind, entryKey: string, plain: unknown): EntryRow => ({ profileId, kind, key: entryKey, plain });
    return db.transaction('rw', db.entries, async () => {
      const before = db.entries.bulkGet(answers.map(answerId));
      const writing = db.entries.bulkPut(answers.map((a) => row('answer', answerKey(a), a)));
      const stored = (await before).map((r) => r?.plain as StoredAnswer | undefined);
      const now = Date.now();
      const kept = answers.flatMap((a, i) => earlierToKeep(stored[i], a, seen(answerKey(a)), now) ?? []);
      if (kept.length) await db.entries.bulkPut(kept.map((v) => row('answer-version', versionKey(v), v)));
      await writing;
      return kept;
    });
  }

  return {
    mode: 'device',
    answers: (moduleId) => readAll<StoredAnswer>('answer', moduleId ? `${moduleId}/` : ''),
    putAnswers: async (answers, seen) => {
      const rowsOfAnswers = () => Promise.all(answers.map((a) => toRow('answer', answerKey(a), a)));
      if (!seen) {
        await db.entries.bulkPut(await rowsOfAnswers());
        return [];
      }
      if (!key) return putPlainAnswers(answers, seen);
      return changeIfUnchanged(answers.map(answerId), async (rows) => {
        const stored = await Promise.all(rows.map((row) => fromRow<StoredAnswer>(row)));
        const now = Date.now();
        const kept = answers.flatMap((a, i) => earlierToKeep(stored[i], a, seen(answerKey(a)), now) ?? []);
        return { put: [...(await Promise.all(kept.map(versionRow))), ...(await rowsOfAnswers())], result: kept };
      });
    },
    answerVersions: (moduleId) => readAll<AnswerVersion>('answer-version', moduleId ? `${moduleId}/` : ''),
    restoreVersion: (version, now) =>
      changeIfUnchanged([answerId(version), [profileId, 'answer-version', versionKey(version)]], async ([row]) => {
        const { answer, kept } = planRestore(await fromRow<StoredAnswer>(row), version, now);
        const put = [await toRow('answer', answerKey(answer), answer), ...(kept ? [await versionRow(kept)] : [])];
        return { put, remove: [[profileId, 'answer-version', versionKey(version)]], result: undefined };
      }),
    top3: async () => (await fromRow<Top3Item[]>(await db.entries.get([profileId, 'top3', 'list']))) ?? [],
    changeTop3: (change) =>
      changeIfUnchanged([[profileId, 'top3', 'list']], async ([row]) => {
        const next = change((await fromRow<Top3Item[]>(row)) ?? [])?.slice(0, 3) ?? null;
        return { put: next ? [await toRow('top3', 'list', next)] : [], result: next };
      }),
    progress: () => readAll<ModuleProgress>('progress'),
    putProgress: async (progress) => void (await db.entries.put(await toRow('progress', progress.moduleId, progress))),
    setting: async (name) => fromRow<Settings[typeof name]>(await db.entries.get([profileId, 'setting', name])),
    putSetting: async (name, value) => void (await db.entries.put(await toRow('setting', name, value))),
  };
}
