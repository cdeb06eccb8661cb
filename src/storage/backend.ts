// Where one profile's data lives: the device (IndexedDB through Dexie, see device-backend.ts)
// or, when the browser refuses IndexedDB (private mode, blocked storage), memory for this visit.
import type { ModuleProgress, PracticeState, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export interface StorageBackend {
  readonly mode: 'device' | 'memory';
  answers(moduleId?: string): Promise<StoredAnswer[]>;
  putAnswers(answers: StoredAnswer[]): Promise<void>;
  top3(): Promise<Top3Item[]>;
  setTop3(items: Top3Item[]): Promise<void>;
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
  const progress = new Map<string, ModuleProgress>();
  const settings = new Map<SettingKey, unknown>();
  let top3: Top3Item[] = [];
  let practice: PracticeState | undefined;
  return {
    mode: 'memory',
    answers: async (moduleId) => [...answers.values()].filter((a) => !moduleId || a.moduleId === moduleId),
    putAnswers: async (list) => list.forEach((a) => answers.set(keyOf(a), structuredClone(a))),
    top3: async () => structuredClone(top3),
    setTop3: async (items) => void (top3 = structuredClone(items)),
    progress: async () => [...progress.values()],
    putProgress: async (p) => void progress.set(p.moduleId, { ...p }),
    setting: async (key) => settings.get(key) as never,
    putSetting: async (key, value) => void settings.set(key, value),
    practice: async () => structuredClone(practice),
    putPractice: async (state) => void (practice = state ? structuredClone(state) : undefined),
  };
}

/**
 * A backend that opens later (Dexie, after the first paint): every call waits for it.
 * `ready()` opens it (once); calls before that open it too.
 */
export function laterBackend(open: () => Promise<StorageBackend>): StorageBackend & { ready: () => Promise<StorageBackend> } {
  let opened: Promise<StorageBackend> | null = null;
  const ready = () => {
    opened ??= open();
    // A failed open is tried again by the next call.
    opened.catch(() => (opened = null));
    return opened;
  };
  return {
    mode: 'device',
    ready,
    answers: async (moduleId) => (await ready()).answers(moduleId),
    putAnswers: async (answers) => (await ready()).putAnswers(answers),
    top3: async () => (await ready()).top3(),
    setTop3: async (items) => (await ready()).setTop3(items),
    progress: async () => (await ready()).progress(),
    putProgress: async (progress) => (await ready()).putProgress(progress),
    setting: async (key) => (await ready()).setting(key),
    putSetting: async (key, value) => (await ready()).putSetting(key, value),
    practice: async () => (await ready()).practice(),
    putPractice: async (state) => (await ready()).putPractice(state),
  };
}
