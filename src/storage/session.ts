// Who is using the workbook on this device: the open database, the device mode, the
// profiles, and the one open profile (its data backend, its key and its answer saver).
import { memoryBackend, type StorageBackend } from './backend.ts';
import { LiveAnswers } from './live-answers.ts';
import type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
import { AnswerSaver, answerKey, type SaveState } from './saver.ts';
import { onOtherTab, tellOtherTabs } from './tabs.ts';
import type { StoredAnswer } from './types.ts';

type Database = import('./db.ts').WorkbookDB;
type ProfilesModule = typeof import('./profiles.ts');

interface Active {
  profile: ProfileSummary | null;
  backend: StorageBackend;
  key: CryptoKey | null;
  saver: AnswerSaver;
  /** The answers as the screens show them (see live-answers.ts). */
  live: LiveAnswers;
}

let database: Promise<{ db: Database; profiles: ProfilesModule } | null> | null = null;
let active: Active | null = null;
let started: Promise<SessionState> | null = null;
const changeListeners = new Set<{ topics: readonly ChangeTopic[]; call: () => void }>();
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
  const unsaved = (state: SaveState | undefined) => state !== undefined && state !== 'saved';
  const live: LiveAnswers = new LiveAnswers(
    {
      read: async (moduleId) => ({ answers: await backend.answers(moduleId), versions: await backend.answerVersions(moduleId) }),
      hasUnsaved: (answer) => unsaved(saver.state(answer)),
      waiting: () => saver.allUnsaved(),
    },
    (answer) => answerListeners.forEach((listener) => listener(answer)),
  );
  const saver: AnswerSaver = new AnswerSaver(async (answers) => {
    // Each write carries what this tab last saw of the answer, so no other tab's text is lost.
    const kept = await backend.putAnswers(answers, (answer) => live.seen(answer));
    live.written(answers, kept);
    if (active?.backend === backend) announce(['answers'], answers.map(answerKey));
    void askForPersistentStorage();
  });
  active = { profile, backend, key, saver, live };
  saverListeners.forEach((listener) => active!.saver.subscribe(listener));
  listenToOtherTabs();
}

const activeProfileId = (): string => active?.profile?.id ?? 'own';

/** Tells this tab's screens, and the other tabs of the same profile (keys only, never text). */
export function announce(topics: ChangeTopic[], keys?: string[]): void {
  changed(...topics);
  if (active?.backend.mode === 'device') tellOtherTabs({ kind: 'data', profileId: activeProfileId(), topics, keys });
}

let stopListeningToTabs: (() => void) | null = null;
/** Another tab changed this profile's data, or this tab comes back into view: read it again. */
function listenToOtherTabs(): void {
  if (stopListeningToTabs) return;
  const stopTabs = onOtherTab((message) => {
    if (message.kind === 'data' && active && message.profileId === activeProfileId()) void readAgain(message.topics, message.keys);
  });
  // A tab that slept (background, back/forward cache, no BroadcastChannel) may have missed news.
  const shown = () => document.visibilityState === 'visible' && active && void readAgain(ALL_TOPICS);
  globalThis.document?.addEventListener('visibilitychange', shown);
  stopListeningToTabs = () => {
    stopTabs();
    globalThis.document?.removeEventListener('visibilitychange', shown);
    stopListeningToTabs = null;
  };
}

async function readAgain(topics: readonly ChangeTopic[], keys?: string[]): Promise<void> {
  try {
    if (topics.includes('answers')) await active?.live.refresh(keys);
  } catch (error) {
    console.warn('Reading answers again failed', error);
  }
  changed(...topics);
}

type AnswerListener = (key: string) => void;
const answerListeners = new Set<AnswerListener>();
/** Called when an answer shown on screen changed (typed here, written, or changed in another tab). */
export function onAnswerChange(listener: AnswerListener): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
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
      restoreRescued(active!.saver);
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
  await active.live.refresh();
  announce([...ALL_TOPICS]);
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

// A reload (pull-to-refresh) right after typing can end the page before IndexedDB has
// written. On an own device without a PIN, whose data is not encrypted anyway, what was still
// waiting is kept in sessionStorage (written at once) and saved again after the reload.
const RESCUE_KEY = 'zinvol:unsaved';

export function rescueUnsaved(): void {
  const unsaved = active && !active.key && !active.profile ? active.saver.allUnsaved() : [];
  if (unsaved.length === 0) return;
  try {
    sessionStorage.setItem(RESCUE_KEY, JSON.stringify(unsaved));
  } catch {
    // No room or no sessionStorage: the normal save on pagehide still runs.
  }
}

export function clearRescue(): void {
  try {
    sessionStorage.removeItem(RESCUE_KEY);
  } catch {
    // Nothing to clear.
  }
}

function restoreRescued(saver: AnswerSaver): void {
  try {
    const text = sessionStorage.getItem(RESCUE_KEY);
    sessionStorage.removeItem(RESCUE_KEY);
    if (text) for (const answer of JSON.parse(text) as StoredAnswer[]) saver.queue(answer);
  } catch {
    // A damaged rescue is dropped; the stored answers are untouched.
  }
}

/** The open profile's answer saver, if a profile is open. */
export function activeSaver(): AnswerSaver | undefined {
  return active?.saver;
}

/** The open profile's answers as shown on screen, if a profile is open. */
export function activeAnswers(): LiveAnswers | undefined {
  return active?.live;
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

/** Called when a newer version of the app has upgraded the database in another tab. */
export function onStorageOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

/** For tests: close the open database so the next call opens it again. */
export async function resetStorageForTests(): Promise<void> {
  const open = database;
  database = null;
  started = null;
  active = null;
  persistAsked = false;
  answerListeners.clear();
  stopListeningToTabs?.();
  (await open)?.db.close();
}
