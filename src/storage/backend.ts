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
