// One profile's data in IndexedDB (through Dexie), sealed with the profile's key when it has a PIN.
// Loaded with a dynamic import so that Dexie is not part of the first screen's JavaScript.
//
// A record of a PIN profile shows nothing without the PIN: its key is an opaque name, its
// content is padded, and it is bound to its place (profile, kind, key) as AES-GCM additional
// data. A record that does not open that way (planted, moved, or from another key) is skipped,
// never shown as the person's own.
import { earlierToKeep, planRestore, versionKey, type Seen } from './answer-versions.ts';
import type { StorageBackend } from './backend.ts';
import { opaqueName, seal, unseal } from './crypto.ts';
import { WorkbookDB, type EntryKind, type EntryRow } from './db.ts';
import { PRACTICE_KEY, TOP3_KEY } from './device-rows.ts';
import { answerKey } from './saver.ts';
import type { AnswerVersion, ModuleProgress, PracticeState, Settings, StoredAnswer, Top3Item } from './types.ts';

export async function openDatabase(name?: string): Promise<WorkbookDB> {
  const db = new WorkbookDB(name);
  await db.open();
  return db;
}

/** What a sealed record holds: its own name, so which exercise was answered is sealed too. */
interface SealedEntry {
  key: string;
  value: unknown;
}

export interface Entry {
  kind: EntryKind;
  key: string;
  value: unknown;
}

const place = (row: { profileId: string; kind: EntryKind; key: string }) => `${row.profileId}\u0000${row.kind}\u0000${row.key}`;

/** The stored key of an entry: its own name on a plain profile, an opaque name on a PIN profile. */
export function storedKey(key: CryptoKey | null, kind: EntryKind, entryKey: string): Promise<string> {
  return key ? opaqueName(key, `${kind}\u0000${entryKey}`) : Promise.resolve(entryKey);
}

export async function toRow(
  profileId: string,
  key: CryptoKey | null,
  kind: EntryKind,
  entryKey: string,
  value: unknown,
): Promise<EntryRow> {
  if (!key) return { profileId, kind, key: entryKey, plain: value };
  const row = { profileId, kind, key: await storedKey(key, kind, entryKey) };
  return { ...row, sealed: await seal(key, { key: entryKey, value } satisfies SealedEntry, place(row)) };
}

/** The entry in a row, or null when the row is not this profile's own (it is then skipped). */
export async function fromRow(row: EntryRow, key: CryptoKey | null): Promise<Entry | null> {
  if (!key) return row.sealed ? null : { kind: row.kind, key: row.key, value: row.plain };
  if (!row.sealed) return null;
  try {
    const entry = await unseal<SealedEntry>(key, row.sealed, place(row));
    return { kind: row.kind, key: entry.key, value: entry.value };
  } catch {
    return null;
  }
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
  const rowsOf = (kind: EntryKind) =>
    db.entries.where('[profileId+kind+key]').between([profileId, kind, ''], [profileId, kind, '\uffff']).toArray();
  const readAll = async <T>(kind: EntryKind, prefix = ''): Promise<T[]> => {
    const entries = await Promise.all((await rowsOf(kind)).map((row) => fromRow(row, key)));
    return entries.filter((entry) => entry !== null && entry.key.startsWith(prefix)).map((entry) => entry!.value as T);
  };
  const readOne = async <T>(kind: EntryKind, entryKey: string): Promise<T | undefined> => {
    const row = await db.entries.get([profileId, kind, await storedKey(key, kind, entryKey)]);
    const entry = row && (await fromRow(row, key));
    return entry && entry.key === entryKey ? (entry.value as T) : undefined;
  };
  const write = async (kind: EntryKind, entryKey: string, value: unknown) =>
    void (await db.entries.put(await toRow(profileId, key, kind, entryKey, value)));
  /** The value in a row that must hold `entryKey`: undefined when absent or not this profile's own. */
  const valueIn = async <T>(row: EntryRow | undefined, entryKey: string): Promise<T | undefined> => {
    const entry = row && (await fromRow(row, key));
    return entry && entry.key === entryKey ? (entry.value as T) : undefined;
  };
  const idOf = async (kind: EntryKind, entryKey: string): Promise<EntryId> => [profileId, kind, await storedKey(key, kind, entryKey)];
  const answerRow = (a: StoredAnswer) => toRow(profileId, key, 'answer', answerKey(a), a);
  const versionRow = (version: AnswerVersion) => toRow(profileId, key, 'answer-version', versionKey(version), version);

  const apply = async <R>(change: Change<R>): Promise<R> => {
    if (change.put.length) await db.entries.bulkPut(change.put);
    if (change.remove?.length) await db.entries.bulkDelete(change.remove);
    return change.result;
  };

  /**
   * Reads rows, decides what to write, and writes it, with no other tab writing in between.
   * Plain rows: all in one transaction. Sealed rows need awaits (WebCrypto) that would end a
   * transaction: read, decide, then write only if the rows are still as read, else start again
   * from what the other tab wrote.
   */
  async function changeIfUnchanged<R>(ids: EntryId[], decide: (rows: (EntryRow | undefined)[]) => Promise<Change<R>>): Promise<R> {
    if (!key) return db.transaction('rw', db.entries, async () => apply(await decide(await db.entries.bulkGet(ids))));
    for (let attempt = 0; ; attempt++) {
      const rows = await db.entries.bulkGet(ids);
      const change = await decide(rows);
      const done = await db.transaction('rw', db.entries, async () => {
        const now = await db.entries.bulkGet(ids);
        if (now.some((row, i) => versionOf(row) !== versionOf(rows[i]))) return false;
        await apply(change);
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
      const before = db.entries.bulkGet(answers.map((a): EntryId => [profileId, 'answer', answerKey(a)]));
      const writing = db.entries.bulkPut(answers.map((a) => row('answer', answerKey(a), a)));
      const stored = (await before).map((r) => (r?.sealed ? undefined : (r?.plain as StoredAnswer | undefined)));
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
      if (!seen) {
        await db.entries.bulkPut(await Promise.all(answers.map(answerRow)));
        return [];
      }
      if (!key) return putPlainAnswers(answers, seen);
      const ids = await Promise.all(answers.map((a) => idOf('answer', answerKey(a))));
      return changeIfUnchanged(ids, async (rows) => {
        const stored = await Promise.all(rows.map((row, i) => valueIn<StoredAnswer>(row, answerKey(answers[i]!))));
        const now = Date.now();
        const kept = answers.flatMap((a, i) => earlierToKeep(stored[i], a, seen(answerKey(a)), now) ?? []);
        return { put: [...(await Promise.all(kept.map(versionRow))), ...(await Promise.all(answers.map(answerRow)))], result: kept };
      });
    },
    answerVersions: (moduleId) => readAll<AnswerVersion>('answer-version', moduleId ? `${moduleId}/` : ''),
    restoreVersion: async (version, now) => {
      const versionId = await idOf('answer-version', versionKey(version));
      return changeIfUnchanged([await idOf('answer', answerKey(version)), versionId], async ([row]) => {
        const { answer, kept } = planRestore(await valueIn<StoredAnswer>(row, answerKey(version)), version, now);
        const put = [await answerRow(answer), ...(kept ? [await versionRow(kept)] : [])];
        return { put, remove: [versionId], result: undefined };
      });
    },
    top3: async () => (await readOne<Top3Item[]>('top3', TOP3_KEY)) ?? [],
    changeTop3: async (change) =>
      changeIfUnchanged([await idOf('top3', TOP3_KEY)], async ([row]) => {
        const next = change((await valueIn<Top3Item[]>(row, TOP3_KEY)) ?? [])?.slice(0, 3) ?? null;
        return { put: next ? [await toRow(profileId, key, 'top3', TOP3_KEY, next)] : [], result: next };
      }),
    progress: () => readAll<ModuleProgress>('progress'),
    putProgress: (progress) => write('progress', progress.moduleId, progress),
    setting: (name) => readOne<Settings[typeof name]>('setting', name),
    putSetting: (name, value) => write('setting', name, value),
    practice: () => readOne<PracticeState>('practice', PRACTICE_KEY),
    putPractice: async (state) =>
      state
        ? write('practice', PRACTICE_KEY, state)
        : void (await db.entries.delete([profileId, 'practice', await storedKey(key, 'practice', PRACTICE_KEY)])),
  };
}

/**
 * Run at sign-in: re-seals records still in the version-2 form (unbound, clear keys) now that
 * the key is known, and counts the records that are not the profile's own.
 */
export async function checkProfileRecords(db: WorkbookDB, profileId: string, key: CryptoKey): Promise<{ foreign: number }> {
  const profile = await db.profiles.get(profileId);
  const rows = await db.entries.where('profileId').equals(profileId).toArray();
  if (profile?.binding !== 'legacy') {
    const opened = await Promise.all(rows.map((row) => fromRow(row, key)));
    return { foreign: opened.filter((entry) => entry === null).length };
  }
  const moved: EntryRow[] = [];
  const old: EntryRow[] = [];
  let foreign = 0;
  for (const row of rows) {
    const value = row.sealed ? await unseal(key, row.sealed).catch(() => undefined) : undefined;
    if (value === undefined) {
      foreign++;
      continue;
    }
    old.push(row);
    moved.push(await toRow(profileId, key, row.kind, row.key, value));
  }
  await db.transaction('rw', db.entries, db.profiles, async () => {
    await db.entries.bulkDelete(old.map((row) => [row.profileId, row.kind, row.key] as [string, EntryKind, string]));
    await db.entries.bulkPut(moved);
    await db.profiles
      .where('id')
      .equals(profileId)
      .modify((row) => void delete row.binding);
  });
  return { foreign };
}

/** Every entry of a profile that opens with its key (for a change of PIN). */
export async function readProfileEntries(db: WorkbookDB, profileId: string, key: CryptoKey | null): Promise<Entry[]> {
  const rows = await db.entries.where('profileId').equals(profileId).toArray();
  const entries = await Promise.all(rows.map((row) => fromRow(row, key)));
  return entries.filter((entry) => entry !== null);
}
