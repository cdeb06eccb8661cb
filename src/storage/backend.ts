// Where one profile's data lives: the device (IndexedDB through Dexie, see device-backend.ts)
// or, when the browser refuses IndexedDB (private mode, blocked storage), memory for this visit.
import { earlierToKeep, planRestore, versionKey, type Seen } from './answer-versions.ts';
import { answerKey } from './saver.ts';
import type { EntryKind } from './db.ts';
import { PRACTICE_KEY, TOP3_KEY } from './device-rows.ts';
import type { AnswerVersion, ModuleProgress, PracticeState, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

/** Works out the new top 3 from the one stored now; null when it cannot (nothing is written). */
export type Top3Change = (stored: Top3Item[]) => Top3Item[] | null;

export interface StorageBackend {
  readonly mode: 'device' | 'memory';
  answers(moduleId?: string): Promise<StoredAnswer[]>;
  /**
   * Writes answers. With `seen` (what the writing tab last saw of each answer), a stored answer
   * that tab never saw is kept as an earlier version first; those are returned.
   */
  putAnswers(answers: StoredAnswer[], seen?: (key: string) => Seen): Promise<AnswerVersion[]>;
  answerVersions(moduleId?: string): Promise<AnswerVersion[]>;
  /** Makes an earlier version the answer again; the answer it replaces becomes an earlier version. */
  restoreVersion(version: AnswerVersion, now: number): Promise<void>;
  top3(): Promise<Top3Item[]>;
  /** Changes the top 3 as stored at the moment of writing, so another tab's change is never lost. */
  changeTop3(change: Top3Change): Promise<Top3Item[] | null>;
  progress(): Promise<ModuleProgress[]>;
  putProgress(progress: ModuleProgress): Promise<void>;
  setting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined>;
  putSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
  practice(): Promise<PracticeState | undefined>;
  /** null: "Opnieuw beginnen", the practice app forgets everything. */
  putPractice(state: PracticeState | null): Promise<void>;
}

const keyOf = (a: { moduleId: string; exerciseId: string }) => `${a.moduleId}\u0000${a.exerciseId}`;

export function memoryBackend(): StorageBackend {
  const answers = new Map<string, StoredAnswer>();
  const versions = new Map<string, AnswerVersion>();
  const progress = new Map<string, ModuleProgress>();
  const settings = new Map<SettingKey, unknown>();
  let top3: Top3Item[] = [];
  let practice: PracticeState | undefined;
  const inModule = (moduleId?: string) => (a: StoredAnswer) => !moduleId || a.moduleId === moduleId;
  return {
    mode: 'memory',
    answers: async (moduleId) => [...answers.values()].filter(inModule(moduleId)),
    putAnswers: async (list, seen) => {
      const kept: AnswerVersion[] = [];
      for (const answer of list) {
        const earlier = seen && earlierToKeep(answers.get(keyOf(answer)), answer, seen(answerKey(answer)), Date.now());
        if (earlier) kept.push(earlier);
      }
      kept.forEach((version) => versions.set(versionKey(version), structuredClone(version)));
      list.forEach((a) => answers.set(keyOf(a), structuredClone(a)));
      return kept;
    },
    answerVersions: async (moduleId) => [...versions.values()].filter(inModule(moduleId)),
    restoreVersion: async (version, now) => {
      const { answer, kept } = planRestore(answers.get(keyOf(version)), version, now);
      if (kept) versions.set(versionKey(kept), kept);
      versions.delete(versionKey(version));
      answers.set(keyOf(answer), answer);
    },
    top3: async () => structuredClone(top3),
    changeTop3: async (change) => {
      const next = change(structuredClone(top3));
      if (next) top3 = structuredClone(next.slice(0, 3));
      return next && structuredClone(top3);
    },
    progress: async () => [...progress.values()],
    putProgress: async (p) => void progress.set(p.moduleId, { ...p }),
    setting: async (key) => settings.get(key) as never,
    putSetting: async (key, value) => void settings.set(key, value),
    practice: async () => structuredClone(practice),
    putPractice: async (state) => void (practice = state ? structuredClone(state) : undefined),
  };
}

/** Reads that can be served before a later backend is open (plain IndexedDB); null: they cannot, ask it. */
export interface EarlyReads {
  /** The values of a kind's entries whose keys start with `prefix`. */
  values(kind: EntryKind, prefix: string): Promise<unknown[] | null>;
  /** The value of one entry (`{ value: undefined }` when there is none). */
  value(kind: EntryKind, key: string): Promise<{ value: unknown } | null>;
}

/**
 * A backend that opens later (Dexie, when first needed): every call waits for it.
 * `ready()` opens it (once); calls before that open it too. With `early`, reads are served
 * without it until it is open or anything is written through it (a read after a write must see
 * that write, so from then on every call waits in line).
 */
export function laterBackend(
  open: () => Promise<StorageBackend>,
  early?: EarlyReads,
): StorageBackend & { ready: () => Promise<StorageBackend> } {
  let opened: Promise<StorageBackend> | null = null;
  let isOpen = false;
  let written = false;
  const ready = () => {
    opened ??= open();
    // A failed open is tried again by the next call.
    opened.then(
      () => (isOpen = true),
      () => (opened = null),
    );
    return opened;
  };
  // Until the backend is open or written to (see above).
  const earlyNow = (): EarlyReads | undefined => (early && !isOpen && !written ? early : undefined);
  const readAll = async <T>(kind: EntryKind, prefix: string, call: (backend: StorageBackend) => Promise<T[]>): Promise<T[]> => {
    const found = (await earlyNow()
      ?.values(kind, prefix)
      .catch(() => null)) as T[] | null | undefined;
    return found ?? call(await ready());
  };
  const readOne = async <T>(kind: EntryKind, key: string, call: (backend: StorageBackend) => Promise<T>): Promise<T> => {
    const found = await earlyNow()
      ?.value(kind, key)
      .catch(() => null);
    return found ? (found.value as T) : call(await ready());
  };
  const modulePrefix = (moduleId?: string) => (moduleId ? `${moduleId}/` : '');
  const write = async <T>(call: (backend: StorageBackend) => Promise<T>): Promise<T> => {
    written = true;
    return call(await ready());
  };
  return {
    mode: 'device',
    ready,
    answers: (moduleId) => readAll('answer', modulePrefix(moduleId), (b) => b.answers(moduleId)),
    putAnswers: (answers, seen) => write((b) => b.putAnswers(answers, seen)),
    answerVersions: (moduleId) => readAll('answer-version', modulePrefix(moduleId), (b) => b.answerVersions(moduleId)),
    restoreVersion: (version, now) => write((b) => b.restoreVersion(version, now)),
    top3: async () => (await readOne<Top3Item[] | undefined>('top3', TOP3_KEY, (b) => b.top3())) ?? [],
    changeTop3: (change) => write((b) => b.changeTop3(change)),
    progress: () => readAll('progress', '', (b) => b.progress()),
    putProgress: (progress) => write((b) => b.putProgress(progress)),
    setting: (key) => readOne('setting', key, (b) => b.setting(key)),
    putSetting: (key, value) => write((b) => b.putSetting(key, value)),
    practice: () => readOne('practice', PRACTICE_KEY, (b) => b.practice()),
    putPractice: (state) => write((b) => b.putPractice(state)),
  };
}
