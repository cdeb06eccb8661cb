// The storage API of the app: every read and write of client data goes through here.
import { memoryBackend, type StorageBackend } from './backend.ts';
import { AnswerSaver, answerKey, type SaveState } from './saver.ts';
import type { ModuleProgress, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export type { SaveState } from './saver.ts';
export type * from './types.ts';
export { answerKey } from './saver.ts';

let backend: Promise<StorageBackend> | null = null;
const changeListeners = new Set<() => void>();
const outdatedListeners = new Set<() => void>();

async function openBackend(): Promise<StorageBackend> {
  try {
    const { openDeviceBackend } = await import('./device-backend.ts');
    const device = await openDeviceBackend();
    device.onOutdated(() => outdatedListeners.forEach((listener) => listener()));
    return device;
  } catch (error) {
    console.warn('IndexedDB is not available; answers are kept for this visit only', error);
    return memoryBackend();
  }
}

function store(): Promise<StorageBackend> {
  backend ??= openBackend();
  return backend;
}

function changed(): void {
  changeListeners.forEach((listener) => listener());
}

const saver = new AnswerSaver(async (answers) => {
  await (await store()).putAnswers(answers);
  changed();
  void askForPersistentStorage();
});

let persistAsked = false;
/** Asks once, after the first answer is stored, so the browser keeps our data under storage pressure. */
async function askForPersistentStorage(): Promise<void> {
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not granted or not supported: nothing to do; the data is still stored.
  }
}

export async function storageMode(): Promise<StorageBackend['mode']> {
  return (await store()).mode;
}

/** Stored answers, with any answer still waiting to be written in its newest form. */
export async function loadAnswers(moduleId?: string): Promise<StoredAnswer[]> {
  const stored = await (await store()).answers(moduleId);
  return stored.map((answer) => saver.unsaved(answerKey(answer)) ?? answer);
}

export function saveAnswer(answer: Omit<StoredAnswer, 'updatedAt'>): void {
  saver.queue({ ...answer, updatedAt: Date.now() });
}

export const flushAnswers = (): Promise<void> => saver.flush();
export const saveStateOf = (moduleId: string, exerciseId: string): SaveState | undefined =>
  saver.state(answerKey({ moduleId, exerciseId }));
export const onSaveState = (listener: (key: string, state: SaveState) => void): (() => void) => saver.subscribe(listener);

export async function loadTop3(): Promise<Top3Item[]> {
  return (await store()).top3();
}

export async function saveTop3(items: Top3Item[]): Promise<void> {
  await (await store()).setTop3(items.slice(0, 3));
  changed();
}

export async function loadProgress(): Promise<ModuleProgress[]> {
  return (await store()).progress();
}

export async function saveProgress(progress: Omit<ModuleProgress, 'updatedAt'>): Promise<void> {
  const s = await store();
  await s.putProgress({ ...progress, updatedAt: Date.now() });
  await s.putSetting('lastPlace', { moduleId: progress.moduleId, page: progress.page });
  changed();
}

export async function loadSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  return (await store()).setting(key);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (key === 'language' || key === 'textSize') writeBootHint(key, String(value));
  await (await store()).putSetting(key, value);
  changed();
}

// Language and text size are also kept in localStorage, which can be read before the first
// paint; IndexedDB opens later, and waiting for it would show the wrong language first.
const BOOT_HINT_PREFIX = 'zinvol:';

function writeBootHint(key: 'language' | 'textSize', value: string): void {
  try {
    localStorage.setItem(BOOT_HINT_PREFIX + key, value);
  } catch {
    // Storage blocked: the setting still applies for this visit.
  }
}

export function bootHint(key: 'language' | 'textSize'): string | null {
  try {
    return localStorage.getItem(BOOT_HINT_PREFIX + key);
  } catch {
    return null;
  }
}

/** The name or nickname of the person using the workbook, when one is set (class profiles). */
export async function profileName(): Promise<string | null> {
  return null;
}

/** Called after any stored data changed, so screens can read it again. */
export function onStorageChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Called when a newer version of the app has upgraded the database in another tab. */
export function onStorageOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

/** Writes pending answers when the page is hidden or closed: the last moment we are sure to run. */
export function flushOnPageHide(target: Window = window): void {
  const flush = () => void saver.flush();
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flush();
  });
}

/** For tests: close the open database so the next call opens it again. */
export async function resetStorageForTests(): Promise<void> {
  const open = backend;
  backend = null;
  persistAsked = false;
  (await open)?.close();
}
