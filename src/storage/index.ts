// The storage API of the app: every read and write of client data goes through here.
import type { StorageBackend, Top3Change } from './backend.ts';
import { answerKey, type SaveState } from './saver.ts';
import { planMerge, type BackupData, type MergePlan } from './backup.ts';
import { activeAnswers, activeProfile, activeSaver, announce, clearRescue, rescueUnsaved, startSession, store } from './session.ts';
import type { AnswerVersion, ModuleProgress, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export type { SaveState } from './saver.ts';
export type * from './types.ts';
export { DEFAULT_CLASS_LOCK_MINUTES, type DeviceMode, type DeviceSettings, type ProfileSummary } from './profiles.ts';
export { makeBackupFile, readBackupFile, MAX_IMPORT_BYTES, type BackupData, type MergePlan, type ReadProblem } from './backup.ts';
export { answerKey } from './saver.ts';
export { isEmptyAnswer } from './answer-versions.ts';
export type { Top3Change } from './backend.ts';
export {
  checkTrainerPin,
  chooseMode,
  closeProfile,
  createProfile,
  deleteMyData,
  hasTrainerPin,
  onAnswerChange,
  onSaveState,
  onSessionChange,
  onStorageChange,
  onStorageOutdated,
  openProfile,
  removeAllProfiles,
  removeProfile,
  resetStorageForTests,
  saveDeviceSetting,
  sessionState,
  setOwnPin,
  setTrainerPin,
  startSession,
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

/** Makes sure a module's answers are on hand for its exercises (see answerNow). */
export async function loadModuleAnswers(moduleId: string): Promise<void> {
  await store();
  await activeAnswers()?.load(moduleId);
}

/** The newest answer this tab knows (stored, waiting to be written, or from another tab). */
export const answerNow = (moduleId: string, exerciseId: string): StoredAnswer | undefined =>
  activeAnswers()?.answer(answerKey({ moduleId, exerciseId }));

/** Earlier versions of an answer, kept when two tabs wrote it (newest first). */
export const answerVersionsNow = (moduleId: string, exerciseId: string): AnswerVersion[] =>
  activeAnswers()?.versions(answerKey({ moduleId, exerciseId })) ?? [];

/** Every earlier version of the open profile's answers, for "Mijn antwoorden". */
export async function loadAnswerVersions(): Promise<AnswerVersion[]> {
  return (await store()).answerVersions();
}

export function saveAnswer(answer: Omit<StoredAnswer, 'updatedAt'>): void {
  const saver = activeSaver();
  if (!saver) throw new Error('No profile is open');
  const edited = { ...answer, updatedAt: Date.now() };
  saver.queue(edited);
  activeAnswers()?.edit(edited);
}

/** Puts an earlier version back as the answer; the answer it replaces is kept as an earlier version. */
export async function restoreAnswerVersion(version: AnswerVersion): Promise<void> {
  const s = await store();
  await flushAnswers();
  await s.restoreVersion(version, Date.now());
  const key = answerKey(version);
  await activeAnswers()?.refresh([key]);
  announce(['answers'], [key]);
}

export const flushAnswers = async (): Promise<void> => activeSaver()?.flush();
export const saveStateOf = (moduleId: string, exerciseId: string): SaveState | undefined =>
  activeSaver()?.state(answerKey({ moduleId, exerciseId }));

export async function loadTop3(): Promise<Top3Item[]> {
  return (await store()).top3();
}

/**
 * Changes the top 3 as it is stored at the moment of writing (another tab may have changed it
 * since this screen read it). Returns the new list, or null when `change` could not apply.
 */
export async function changeTop3(change: Top3Change): Promise<Top3Item[] | null> {
  const next = await (await store()).changeTop3(change);
  if (next) announce(['top3']);
  return next;
}

/** Sets the whole top 3 (opening a saved file; tests). Screens change it item by item with changeTop3. */
export async function saveTop3(items: Top3Item[]): Promise<void> {
  await changeTop3(() => items);
}

export async function loadProgress(): Promise<ModuleProgress[]> {
  return (await store()).progress();
}

export async function saveProgress(progress: Omit<ModuleProgress, 'updatedAt'>): Promise<void> {
  const s = await store();
  await s.putProgress({ ...progress, updatedAt: Date.now() });
  await s.putSetting('lastPlace', { moduleId: progress.moduleId, page: progress.page });
  announce(['progress', 'settings']);
}

export async function loadSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  return (await store()).setting(key);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (key === 'language' || key === 'textSize') writeBootHint(key, String(value));
  await (await store()).putSetting(key, value);
  announce(['settings']);
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
  await s.changeTop3(() => plan.top3);
  for (const progress of plan.progress) await s.putProgress(progress);
  await activeAnswers()?.refresh();
  announce(['answers', 'top3', 'progress', 'settings']);
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
