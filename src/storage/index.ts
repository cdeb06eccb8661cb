// The storage API of the app: every read and write of client data goes through here.
import { memoryBackend, type StorageBackend } from './backend.ts';
import { AnswerSaver, answerKey, type SaveState } from './saver.ts';
import type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
import { planMerge, type BackupData, type MergePlan } from './backup.ts';
import type { ModuleProgress, SettingKey, Settings, StoredAnswer, Top3Item } from './types.ts';

export type { SaveState } from './saver.ts';
export type * from './types.ts';
export type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
export { makeBackupFile, readBackupFile, MAX_IMPORT_BYTES, type BackupData, type MergePlan, type ReadProblem } from './backup.ts';
export { answerKey } from './saver.ts';

type Database = import('./db.ts').WorkbookDB;
type ProfilesModule = typeof import('./profiles.ts');

interface Active {
  profile: ProfileSummary | null;
  backend: StorageBackend;
  key: CryptoKey | null;
  saver: AnswerSaver;
}

let database: Promise<{ db: Database; profiles: ProfilesModule } | null> | null = null;
let active: Active | null = null;
let started: Promise<SessionState> | null = null;
const changeListeners = new Set<() => void>();
const outdatedListeners = new Set<() => void>();
const sessionListeners = new Set<() => void>();

export interface SessionState {
  /** 'memory' when IndexedDB cannot be opened: everything works, nothing is kept. */
  storage: 'device' | 'memory';
  /** undefined until someone answers "own device or class tablet?". */
  mode: DeviceMode | undefined;
  settings: DeviceSettings;
  profiles: ProfileSummary[];
  /** The open profile; on an own device the own profile (name ''). null while locked. */
  active: ProfileSummary | null;
  ownHasPin: boolean;
}

function openDevice(): Promise<{ db: Database; profiles: ProfilesModule } | null> {
  database ??= (async () => {
    try {
      const [{ openDatabase }, profiles] = await Promise.all([import('./device-backend.ts'), import('./profiles.ts')]);
      const db = await openDatabase();
      db.on('versionchange', () => {
        db.close();
        outdatedListeners.forEach((listener) => listener());
        return false;
      });
      return { db, profiles };
    } catch (error) {
      console.warn('IndexedDB is not available; answers are kept for this visit only', error);
      return null;
    }
  })();
  return database;
}

function activate(profile: ProfileSummary | null, backend: StorageBackend, key: CryptoKey | null): void {
  const saver = new AnswerSaver(async (answers) => {
    await backend.putAnswers(answers);
    if (active?.backend === backend) changed();
    void askForPersistentStorage();
  });
  active = { profile, backend, key, saver };
  saverListeners.forEach((listener) => active!.saver.subscribe(listener));
}

async function openOwnProfile(device: { db: Database; profiles: ProfilesModule }, key: CryptoKey | null): Promise<void> {
  const { profileBackend } = await import('./device-backend.ts');
  const own = await device.profiles.ownProfile(device.db);
  activate(null, profileBackend(device.db, own.id, key), key);
}

/** Opens the database and, on an own device without a PIN, the own profile. */
export function startSession(): Promise<SessionState> {
  started ??= (async () => {
    const device = await openDevice();
    if (!device) {
      activate(null, memoryBackend(), null);
      return sessionState();
    }
    const settings = await device.profiles.deviceSettings(device.db);
    if (
      settings.mode !== 'class' &&
      !(await device.profiles.ownProfile(device.db)).lock &&
      (settings.mode === 'own' || (await hasOwnData(device.db)))
    ) {
      if (!settings.mode) await device.profiles.saveDeviceSetting(device.db, 'mode', 'own');
      await openOwnProfile(device, null);
    }
    return sessionState();
  })();
  return started;
}

async function hasOwnData(db: Database): Promise<boolean> {
  return (await db.entries.count()) > 0;
}

export async function sessionState(): Promise<SessionState> {
  const device = await openDevice();
  if (!device) {
    return {
      storage: 'memory',
      mode: 'own',
      settings: { mode: 'own', lockMinutes: 0, coursePlan: null },
      profiles: [],
      active: active ? { id: 'own', name: '', color: '', hasPin: false } : null,
      ownHasPin: false,
    };
  }
  const settings = await device.profiles.deviceSettings(device.db);
  const own = await device.db.profiles.get('own');
  return {
    storage: 'device',
    mode: settings.mode,
    settings,
    profiles: await device.profiles.listProfiles(device.db),
    active: active?.profile ?? (active ? { id: 'own', name: '', color: '', hasPin: Boolean(own?.lock) } : null),
    ownHasPin: Boolean(own?.lock),
  };
}

function sessionChanged(): void {
  sessionListeners.forEach((listener) => listener());
  changed();
}

export function onSessionChange(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

async function requireDevice(): Promise<{ db: Database; profiles: ProfilesModule }> {
  const device = await openDevice();
  if (!device) throw new Error('This browser does not keep data on this device');
  return device;
}

export async function chooseMode(mode: DeviceMode): Promise<void> {
  const device = await requireDevice();
  await device.profiles.saveDeviceSetting(device.db, 'mode', mode);
  if (mode === 'own') await openOwnProfile(device, null);
  else await closeProfile();
  sessionChanged();
}

export async function saveDeviceSetting<K extends keyof DeviceSettings>(key: K, value: DeviceSettings[K]): Promise<void> {
  const device = await requireDevice();
  await device.profiles.saveDeviceSetting(device.db, key, value);
  sessionChanged();
}

export async function createProfile(name: string, color: string, pin: string): Promise<void> {
  const device = await requireDevice();
  const { profileBackend } = await import('./device-backend.ts');
  await closeProfile();
  const { profile, key } = await device.profiles.createProfile(device.db, name, color, pin);
  activate(profile, profileBackend(device.db, profile.id, key), key);
  sessionChanged();
}

/** Opens a profile with its PIN (own device: id 'own'). Says how long to wait after wrong PINs. */
export async function openProfile(id: string, pin: string): Promise<{ ok: boolean; waitMs: number }> {
  const device = await requireDevice();
  const result = await device.profiles.unlockProfile(device.db, id, pin);
  if (!result.ok) return result;
  const { profileBackend } = await import('./device-backend.ts');
  const row = await device.db.profiles.get(id);
  await closeProfile();
  activate(id === 'own' || !row ? null : device.profiles.summary(row), profileBackend(device.db, id, result.key), result.key);
  sessionChanged();
  return { ok: true, waitMs: 0 };
}

/** Locks or signs out: writes what was typed, then forgets the key. */
export async function closeProfile(): Promise<void> {
  if (!active) return;
  await active.saver.flush();
  active = null;
  sessionChanged();
}

/** Own device: set, change or remove the PIN that locks the app. */
export async function setOwnPin(pin: string | null): Promise<void> {
  const device = await requireDevice();
  if (!active) throw new Error('Open the workbook first');
  await active.saver.flush();
  const key = await device.profiles.changeProfilePin(device.db, 'own', active.key, pin);
  await openOwnProfile(device, key);
  sessionChanged();
}

export async function removeProfile(id: string): Promise<void> {
  const device = await requireDevice();
  await device.profiles.removeProfile(device.db, id);
  sessionChanged();
}

/** End of the course: all profiles and their data leave this device. */
export async function removeAllProfiles(): Promise<void> {
  const device = await requireDevice();
  await closeProfile();
  await device.profiles.removeAllProfiles(device.db);
  sessionChanged();
}

/** "Delete all my answers from this device": the open profile's answers, top 3, progress and settings. */
export async function deleteMyData(): Promise<void> {
  const device = await requireDevice();
  if (!active) return;
  await active.saver.flush();
  await device.profiles.deleteProfileData(device.db, active.profile?.id ?? 'own');
  sessionChanged();
}

export async function hasTrainerPin(): Promise<boolean> {
  const device = await openDevice();
  return device ? device.profiles.hasTrainerPin(device.db) : false;
}

export async function setTrainerPin(pin: string): Promise<void> {
  const device = await requireDevice();
  await device.profiles.setTrainerPin(device.db, pin);
}

export async function checkTrainerPin(pin: string): Promise<{ ok: boolean; waitMs: number }> {
  const device = await requireDevice();
  const result = await device.profiles.checkTrainerPin(device.db, pin);
  return result.ok ? { ok: true, waitMs: 0 } : result;
}

async function store(): Promise<StorageBackend> {
  if (!active) await startSession();
  if (!active) throw new Error('No profile is open');
  return active.backend;
}

function changed(): void {
  changeListeners.forEach((listener) => listener());
}

export async function storageMode(): Promise<StorageBackend['mode']> {
  return (await startSession()).storage;
}

/** Stored answers, with any answer still waiting to be written in its newest form. */
export async function loadAnswers(moduleId?: string): Promise<StoredAnswer[]> {
  const stored = await (await store()).answers(moduleId);
  return stored.map((answer) => active?.saver.unsaved(answerKey(answer)) ?? answer);
}

export function saveAnswer(answer: Omit<StoredAnswer, 'updatedAt'>): void {
  if (!active) throw new Error('No profile is open');
  active.saver.queue({ ...answer, updatedAt: Date.now() });
}

export const flushAnswers = async (): Promise<void> => active?.saver.flush();
export const saveStateOf = (moduleId: string, exerciseId: string): SaveState | undefined =>
  active?.saver.state(answerKey({ moduleId, exerciseId }));

type SaverListener = (key: string, state: SaveState) => void;
const saverListeners = new Set<SaverListener>();
/** Save states of the open profile's answers ("saved", "failed"…). */
export function onSaveState(listener: SaverListener): () => void {
  saverListeners.add(listener);
  const unsubscribe = active?.saver.subscribe(listener);
  return () => {
    saverListeners.delete(listener);
    unsubscribe?.();
  };
}

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
  return active?.profile?.name || null;
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
  const flush = () => void active?.saver.flush();
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') flush();
  });
}

/** For tests: close the open database so the next call opens it again. */
export async function resetStorageForTests(): Promise<void> {
  const open = database;
  database = null;
  started = null;
  active = null;
  persistAsked = false;
  (await open)?.db.close();
}
