// Who is using the workbook on this device: the open database, the device mode, the
// profiles, and the one open profile (its data backend, its key and its answer saver).
import { memoryBackend, type StorageBackend } from './backend.ts';
import type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
import { noteStoredEntries, type DeviceNote, lostDatabase } from './device-note.ts';
import { noteWriteFailed, noteWriteWorked, setStorageProblem, writeFailureAdvice } from './failures.ts';
import { dropRescued, RescueKeeper, takeRescued } from './rescue.ts';
import { AnswerSaver, answerKey, type SaveState } from './saver.ts';

type Database = import('./db.ts').WorkbookDB;
type ProfilesModule = typeof import('./profiles.ts');

interface Active {
  profile: ProfileSummary | null;
  /** 'own' on an own device. */
  profileId: string;
  backend: StorageBackend;
  key: CryptoKey | null;
  saver: AnswerSaver;
  rescue: RescueKeeper;
}

let database: Promise<{ db: Database; profiles: ProfilesModule } | null> | null = null;
let active: Active | null = null;
let started: Promise<SessionState> | null = null;
const changeListeners = new Set<{ topics: readonly ChangeTopic[]; call: () => void }>();
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
  /** Set when IndexedDB came back empty while this device had stored answers before (see device-note.ts). */
  lost: DeviceNote | null;
}

function openDevice(): Promise<{ db: Database; profiles: ProfilesModule } | null> {
  database ??= (async () => {
    try {
      const [{ openDatabase }, profiles] = await Promise.all([import('./device-backend.ts'), import('./profiles.ts')]);
      const db = await openDatabase();
      db.on('versionchange', () => {
        db.close();
        // This page can no longer write: keep what was typed where the new version will find it.
        setStorageProblem('outdated');
        active?.rescue.writeNow();
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

async function activate(profile: ProfileSummary | null, profileId: string, backend: StorageBackend, key: CryptoKey | null): Promise<void> {
  const saver = new AnswerSaver(
    async (answers) => {
      await backend.putAnswers(answers);
      noteWriteWorked();
      if (active?.backend === backend) changed('answers');
      void afterStoring();
    },
    undefined,
    (error) => {
      noteWriteFailed(error);
      return writeFailureAdvice();
    },
  );
  active?.rescue.close();
  active = { profile, profileId, backend, key, saver, rescue: new RescueKeeper(profileId, key, saver) };
  saverListeners.forEach((listener) => active!.saver.subscribe(listener));
  if (backend.mode === 'device')
    await restoreRescued(active).catch((error: unknown) => console.warn('Reading the rescue copy failed', error));
}

async function openOwnProfile(device: { db: Database; profiles: ProfilesModule }, key: CryptoKey | null): Promise<void> {
  const { profileBackend } = await import('./device-backend.ts');
  const own = await device.profiles.ownProfile(device.db);
  await activate(null, own.id, profileBackend(device.db, own.id, key), key);
}

/** Stores what an earlier page kept in its rescue copy, where it is newer than what is stored. */
async function restoreRescued(current: Active): Promise<void> {
  const rescued = await takeRescued(current.profileId, current.key);
  if (rescued.length === 0) return;
  const known = new Map((await current.backend.answers()).map((answer) => [answerKey(answer), answer]));
  for (const answer of current.saver.allUnsaved()) known.set(answerKey(answer), answer);
  for (const answer of rescued.sort((a, b) => a.updatedAt - b.updatedAt)) {
    const mine = known.get(answerKey(answer));
    if (!mine || answer.updatedAt > mine.updatedAt) {
      current.saver.queue(answer);
      known.set(answerKey(answer), answer);
    }
  }
}

/** Opens the database and, on an own device without a PIN, the own profile. */
export function startSession(): Promise<SessionState> {
  started ??= (async () => {
    const device = await openDevice();
    if (!device) {
      await activate(null, 'own', memoryBackend(), null);
      return sessionState();
    }
    lost = lostDatabase(await device.db.entries.count());
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
      lost: null,
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
    lost,
  };
}

function sessionChanged(): void {
  sessionListeners.forEach((listener) => listener());
  changed();
  void afterStoring();
}

let lost: DeviceNote | null = null;

/** "Start over" after a lost database: the note is set back, the message goes. */
export function forgetLostData(): void {
  lost = null;
  noteStoredEntries(0);
  sessionListeners.forEach((listener) => listener());
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
  await activate(profile, profile.id, profileBackend(device.db, profile.id, key), key);
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
  await activate(id === 'own' || !row ? null : device.profiles.summary(row), id, profileBackend(device.db, id, result.key), result.key);
  sessionChanged();
  return { ok: true, waitMs: 0 };
}

/** Locks or signs out: writes what was typed, then forgets the key. */
export async function closeProfile(): Promise<void> {
  if (!active) return;
  await active.saver.flush();
  active?.rescue.close();
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
  dropRescued(id);
  sessionChanged();
}

/** End of the course: all profiles and their data leave this device. */
export async function removeAllProfiles(): Promise<void> {
  const device = await requireDevice();
  await closeProfile();
  await device.profiles.removeAllProfiles(device.db);
  dropRescued(null);
  sessionChanged();
}

/** "Delete all my answers from this device": the open profile's answers, top 3, progress and settings. */
export async function deleteMyData(): Promise<void> {
  const device = await requireDevice();
  if (!active) return;
  await active.saver.flush();
  await device.profiles.deleteProfileData(device.db, active.profileId);
  dropRescued(active.profileId);
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

/** The open profile's data; on an own device without a PIN it opens by itself. */
export async function store(): Promise<StorageBackend> {
  if (!active) await startSession();
  if (!active) throw new Error('No profile is open');
  return active.backend;
}

/** What changed, so a screen reads again only what it shows (typing must not reread the top 3). */
export type ChangeTopic = 'answers' | 'top3' | 'progress' | 'settings';
const ALL_TOPICS: readonly ChangeTopic[] = ['answers', 'top3', 'progress', 'settings'];

/** Tells the screens that stored data changed, so they read it again. */
export function changed(...topics: ChangeTopic[]): void {
  const what = topics.length ? topics : ALL_TOPICS;
  changeListeners.forEach((listener) => {
    if (listener.topics.some((topic) => what.includes(topic))) listener.call();
  });
}

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
/** After something is stored: the device note counts it, and once the browser is asked to keep our data. */
async function afterStoring(): Promise<void> {
  const device = await openDevice();
  if (device) noteStoredEntries(await device.db.entries.count().catch(() => -1));
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not granted or not supported: nothing to do; the data is still stored.
  }
}

/** At pagehide: what is not yet confirmed written goes into the rescue copy (see rescue.ts). */
export function rescueUnsaved(): void {
  active?.rescue.writeNow();
}

/** The open profile's answer saver, if a profile is open. */
export function activeSaver(): AnswerSaver | undefined {
  return active?.saver;
}

/** The open profile; null on an own device (no name) or while locked. */
export function activeProfile(): ProfileSummary | null {
  return active?.profile ?? null;
}

/** Called after any stored data changed, so screens can read it again. */
export function onStorageChange(call: () => void, topics: readonly ChangeTopic[] = ALL_TOPICS): () => void {
  const listener = { topics, call };
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** For tests: close the open database so the next call opens it again. */
export async function resetStorageForTests(): Promise<void> {
  const open = database;
  database = null;
  started = null;
  active = null;
  lost = null;
  persistAsked = false;
  (await open)?.db.close();
}
