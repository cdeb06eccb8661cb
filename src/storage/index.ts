// The storage API of the app: every read and write of client data goes through here.
import type { StorageBackend, Top3Change } from './backend.ts';
import { answerKey, type SaveState } from './saver.ts';
import { planMerge, type BackupData, type MergePlan } from './backup.ts';
import { activeAnswers, activeProfile, activeSaver, announce, rescueTarget, rescueUnsaved, startSession, store } from './session.ts';
import { dropTop3, keepTop3 } from './top3-rescue.ts';
import { writeOrRetry } from './failures.ts';
import { readAnswersAtBoot } from './boot.ts';
import type { AnswerVersion, ModuleProgress, PracticeState, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export type { SaveState } from './saver.ts';
export type * from './types.ts';
export type * from './course.ts';
export { EMPTY_COURSE } from './course.ts';
export { DEFAULT_CLASS_LOCK_MINUTES } from './device-rows.ts';
export type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
export {
  FILE_START_BYTES,
  looksLikeOurFile,
  makeBackupFile,
  readBackupFile,
  type BackupData,
  type MergePlan,
  type ReadProblem,
} from './backup.ts';
export * from './limits.ts';
export { answerKey } from './saver.ts';
export { afterFirstPaint } from './boot.ts';
export { onStorageProblem, storageProblem, type StorageProblem } from './failures.ts';
export { backupIsDue, noteBackup, readNote as readDeviceNote, type DeviceNote } from './device-note.ts';
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
export { isEmptyAnswer } from './answer-versions.ts';
export type { Top3Change } from './backend.ts';
export {
  checkTrainerPin,
  chooseMode,
  clearProfileWait,
  closeProfile,
  createProfile,
  deleteMyData,
  forgetLostData,
  hasTrainerPin,
  onAnswerChange,
  onSaveState,
  onSessionChange,
  onStorageChange,
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

/** Makes sure a module's answers are on hand for its exercises (see answerNow). */
export async function loadModuleAnswers(moduleId: string): Promise<void> {
  // Asked before the session is read (the page opened first): read along with it.
  readAnswersAtBoot(moduleId);
  await store();
  await activeAnswers()?.load(moduleId);
}

/** True when a module's answers are on hand already (loadModuleAnswers would not wait). */
export const moduleAnswersOnHand = (moduleId: string): boolean => activeAnswers()?.isLoaded(moduleId) ?? false;

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

/** A top 3 that could not be stored yet (a full disk): shown as it is, and stored when there is room. */
let top3Waiting: Top3Item[] | null = null;

/** The top 3 as this page last read or wrote it, with the backend it came from. */
let lastTop3: { backend: StorageBackend; items: Top3Item[] } | null = null;

export async function loadTop3(): Promise<Top3Item[]> {
  const s = await store();
  const items = top3Waiting ?? (await s.top3());
  lastTop3 = { backend: s, items };
  return items;
}

/**
 * Changes the top 3 as it is stored at the moment of writing (another tab may have changed it
 * since this screen read it). Returns the new list, or null when `change` could not apply.
 * Never rejects: a failed write (a full disk) keeps the new list on screen and is tried again.
 */
export async function changeTop3(change: Top3Change): Promise<Top3Item[] | null> {
  const s = await store();
  // After a failed write the list on screen is the waiting one: a new change builds on it.
  const base = top3Waiting;
  const apply: Top3Change = base ? () => change(base) : change;
  // Kept in the rescue copy until written, so a reload right after this change does not lose it.
  const target = rescueTarget();
  const known = base ?? (lastTop3?.backend === s ? lastTop3.items : null);
  const intended = known && apply(structuredClone(known))?.slice(0, 3);
  if (target && intended) keepTop3(target.profileId, target.key, intended);
  const result: { next: Top3Item[] | null } = { next: null };
  const stored = await writeOrRetry('top3', async () => {
    result.next = await s.changeTop3(apply);
    top3Waiting = null;
    if (target) dropTop3(target.profileId);
  });
  if (!stored) {
    result.next = apply(base ?? (await s.top3().catch(() => [])))?.slice(0, 3) ?? null;
    if (result.next) top3Waiting = result.next;
  }
  if (result.next) {
    lastTop3 = { backend: s, items: result.next };
    announce(['top3']);
  }
  return result.next;
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
  await writeOrRetry(`progress ${progress.moduleId}`, async () => {
    await s.putProgress({ ...progress, updatedAt: Date.now() });
    await s.putSetting('lastPlace', { moduleId: progress.moduleId, page: progress.page });
  });
  announce(['progress', 'settings']);
}

/** The practice app's state of the open profile; undefined before the first try. */
export async function loadPractice(): Promise<PracticeState | undefined> {
  return (await store()).practice();
}

/** Keeps the practice app's state; null forgets it ("Opnieuw beginnen"). */
/** Never rejects: a failed write is shown (see failures.ts) and tried again. */
export async function savePractice(state: PracticeState | null): Promise<void> {
  const s = await store();
  await writeOrRetry('practice', () => s.putPractice(state));
  announce(['practice']);
}

export async function loadSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  return (await store()).setting(key);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (key === 'language' || key === 'textSize') writeBootHint(key, String(value));
  const s = await store();
  await writeOrRetry(`setting ${key}`, () => s.putSetting(key, value));
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
  // Answers still waiting to be written are in the file too: on a full disk, the file is their way out.
  return { answers: await loadAnswers(), top3: await loadTop3(), progress: await s.progress() };
}

/** What "Open a saved file" would change, before anything changes. */
export async function planImport(file: BackupData): Promise<MergePlan> {
  return planMerge(await backupData(), file);
}

/** Says whether the file's data is stored now; if not, the failure is shown and it is tried again. */
export async function applyImport(plan: MergePlan): Promise<boolean> {
  const s = await store();
  const stored = await writeOrRetry('import', async () => {
    await s.putAnswers([...plan.added, ...plan.replaced.map((r) => r.file)]);
    await s.changeTop3(() => plan.top3);
    for (const progress of plan.progress) await s.putProgress(progress);
  });
  await activeAnswers()?.refresh();
  announce(['answers', 'top3', 'progress', 'settings']);
  return stored;
}

/** Puts what is not yet written into the rescue copy, synchronously: before a reload or an update. */
export const rescueNow = (): void => rescueUnsaved();

/** Writes pending answers when the page is hidden or closed: the last moment we are sure to run. */
export function flushOnPageHide(target: Window = window): void {
  target.addEventListener('pagehide', () => {
    rescueUnsaved();
    // If the page lives on (back/forward cache), the rescue copy goes once everything is written.
    void activeSaver()?.flush();
  });
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void activeSaver()?.flush();
  });
}
