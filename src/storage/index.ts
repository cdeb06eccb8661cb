// The storage API of the app: every read and write of client data goes through here.
import type { StorageBackend } from './backend.ts';
import { answerKey, type SaveState } from './saver.ts';
import { planMerge, type BackupData, type MergePlan } from './backup.ts';
import { activeProfile, activeSaver, changed, clearRescue, rescueUnsaved, startSession, store } from './session.ts';
import type { ModuleProgress, PracticeState, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export type { SaveState } from './saver.ts';
export type * from './types.ts';
export type * from './course.ts';
export { EMPTY_COURSE } from './course.ts';
export { DEFAULT_CLASS_LOCK_MINUTES } from './device-rows.ts';
export type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
export { makeBackupFile, readBackupFile, MAX_IMPORT_BYTES, type BackupData, type MergePlan, type ReadProblem } from './backup.ts';
export { answerKey } from './saver.ts';
export { afterFirstPaint } from './boot.ts';
export {
  listDeviceModules,
  loadModuleDraft,
  onDeviceModulesChange,
  putDeviceModule,
  removeDeviceModule,
  saveModuleDraft,
  startupDeviceModules,
  type DeviceModuleRow,
  type ModuleDraft,
} from './modules.ts';
export {
  checkTrainerPin,
  chooseMode,
  clearProfileWait,
  closeProfile,
  createProfile,
  deleteMyData,
  hasTrainerPin,
  onSaveState,
  onSessionChange,
  onStorageChange,
  onStorageOutdated,
  openProfile,
  removeAllProfiles,
  removeProfile,
  resetStorageForTests,
  saveDeviceSetting,
  saveDeviceSettings,
  sessionState,
  setOwnPin,
  setTrainerPin,
  startSession,
  updateDeviceSetting,
  type ChangeTopic,
  type SessionState,
} from './session.ts';

export async function storageMode(): Promise<StorageBackend['mode']> {
  return (await startSession()).storage;
}

/** Stored answers, with any answer still waiting to be written in its newest form. */
export async function loadAnswers(moduleId?: string): Promise<StoredAnswer[]> {
  const answers = new Map((await (await store()).answers(moduleId)).map((answer) => [answerKey(answer), answer]));
  for (const waiting of activeSaver()?.allUnsaved() ?? []) {
    if (!moduleId || waiting.moduleId === moduleId) answers.set(answerKey(waiting), waiting);
  }
  return [...answers.values()];
}

export function saveAnswer(answer: Omit<StoredAnswer, 'updatedAt'>): void {
  const saver = activeSaver();
  if (!saver) throw new Error('No profile is open');
  saver.queue({ ...answer, updatedAt: Date.now() });
}

export const flushAnswers = async (): Promise<void> => activeSaver()?.flush();
export const saveStateOf = (moduleId: string, exerciseId: string): SaveState | undefined =>
  activeSaver()?.state(answerKey({ moduleId, exerciseId }));

export async function loadTop3(): Promise<Top3Item[]> {
  return (await store()).top3();
}

export async function saveTop3(items: Top3Item[]): Promise<void> {
  await (await store()).setTop3(items.slice(0, 3));
  changed('top3');
}

export async function loadProgress(): Promise<ModuleProgress[]> {
  return (await store()).progress();
}

export async function saveProgress(progress: Omit<ModuleProgress, 'updatedAt'>): Promise<void> {
  const s = await store();
  await s.putProgress({ ...progress, updatedAt: Date.now() });
  await s.putSetting('lastPlace', { moduleId: progress.moduleId, page: progress.page });
  changed('progress', 'settings');
}

/** The practice app's state of the open profile; undefined before the first try. */
export async function loadPractice(): Promise<PracticeState | undefined> {
  return (await store()).practice();
}

/** Keeps the practice app's state; null forgets it ("Opnieuw beginnen"). */
export async function savePractice(state: PracticeState | null): Promise<void> {
  await (await store()).putPractice(state);
  changed('practice');
}

export async function loadSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  return (await store()).setting(key);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (key === 'language' || key === 'textSize') writeBootHint(key, String(value));
  await (await store()).putSetting(key, value);
  changed('settings');
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
  return activeProfile()?.name || null;
}

/** Everything of the open profile, for "Save my answers as a file". */
export async function backupData(): Promise<BackupData> {
  const s = await store();
  await flushAnswers();
  return { answers: await s.answers(), top3: await s.top3(), progress: await s.progress() };
}

/** What "Open a saved file" would change, before anything changes. */
export async function planImport(file: BackupData): Promise<MergePlan> {
  return planMerge(await backupData(), file);
}

export async function applyImport(plan: MergePlan): Promise<void> {
  const s = await store();
  await s.putAnswers([...plan.added, ...plan.replaced.map((r) => r.file)]);
  await s.setTop3(plan.top3);
  for (const progress of plan.progress) await s.putProgress(progress);
  changed();
}

/** Writes pending answers when the page is hidden or closed: the last moment we are sure to run. */
export function flushOnPageHide(target: Window = window): void {
  target.addEventListener('pagehide', () => {
    rescueUnsaved();
    // If the page lives on (back/forward cache), the rescue is not needed once written.
    void activeSaver()?.flush().then(clearRescue);
  });
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void activeSaver()?.flush();
  });
}
