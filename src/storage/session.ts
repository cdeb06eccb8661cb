// Who is using the workbook on this device: the open database, the device mode, the
// profiles, and the one open profile (its data backend, its key and its answer saver).
import { laterBackend, memoryBackend, type EarlyReads, type StorageBackend } from './backend.ts';
import {
  afterFirstPaint,
  dropAnswersReadAtBoot,
  forgetBootReadForTests,
  readDeviceRows,
  readPlainEntries,
  readPlainEntry,
  type DeviceRows,
} from './boot.ts';
import { OWN_PROFILE_ID, profileList, settingsOf } from './device-rows.ts';
import type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
import { noteStoredEntries, type DeviceNote, lostDatabase } from './device-note.ts';
import { noteWriteFailed, noteWriteWorked, setStorageProblem, writeFailureAdvice, writeOrRetry } from './failures.ts';
import { dropRescued, RescueKeeper, takeRescued } from './rescue.ts';
import { dropTop3, dropTop3Rescued, keepTop3, takeTop3 } from './top3-rescue.ts';
import { LiveAnswers } from './live-answers.ts';
import { AnswerSaver, answerKey, type SaveState } from './saver.ts';
import { onOtherTab, tellOtherTabs, type TabMessage } from './tabs.ts';

type Database = import('./db.ts').WorkbookDB;
type ProfilesModule = typeof import('./profiles.ts');

interface Active {
  profile: ProfileSummary | null;
  /** 'own' on an own device. */
  profileId: string;
  backend: StorageBackend;
  key: CryptoKey | null;
  saver: AnswerSaver;
  /** Records in the profile that did not open with its key and are not shown (planted or moved). */
  foreignRecords: number;
  rescue: RescueKeeper;
  /** The answers as the screens show them (see live-answers.ts). */
  live: LiveAnswers;
  /** Done once what an earlier page kept in its rescue copy is queued to be written (see restoreRescued). */
  rescued: Promise<void>;
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
  /** How many records of the open profile were skipped because they are not its own. */
  foreignRecords: number;
  /** Set when IndexedDB came back empty while this device had stored answers before (see device-note.ts). */
  lost: DeviceNote | null;
}

function openDevice(): Promise<{ db: Database; profiles: ProfilesModule } | null> {
  database ??= (async () => {
    try {
      const [{ openDatabase }, profiles] = await Promise.all([import('./device-backend.ts'), import('./profiles.ts')]);
      const db = await openDatabase();
      // This page can no longer write: keep what was typed where the new version will find it.
      const outdated = () => {
        db.close();
        setStorageProblem('outdated');
        active?.rescue.writeNow();
      };
      db.on('versionchange', () => {
        outdated();
        return false;
      });
      // A newer version of the app (another tab) upgraded the database before this page opened it
      // (Dexie opens it all the same). Dexie keeps IndexedDB versions at ten times its own.
      if (db.backendDB().version >= (db.verno + 1) * 10) {
        outdated();
        return null;
      }
      return { db, profiles };
    } catch (error) {
      console.warn('IndexedDB is not available; answers are kept for this visit only', error);
      return null;
    }
  })();
  return database;
}

function activate(
  profile: ProfileSummary | null,
  profileId: string,
  backend: StorageBackend,
  key: CryptoKey | null,
  foreignRecords = 0,
): void {
  const unsaved = (state: SaveState | undefined) => state !== undefined && state !== 'saved';
  const live: LiveAnswers = new LiveAnswers(
    {
      read: async (moduleId) => {
        // A rescued answer is newer than the stored one: the boxes show it, not the stored one.
        await current.rescued;
        const [answers, versions] = await Promise.all([backend.answers(moduleId), backend.answerVersions(moduleId)]);
        return { answers, versions };
      },
      hasUnsaved: (answer) => unsaved(saver.state(answer)),
      waiting: () => saver.allUnsaved(),
    },
    (answer) => answerListeners.forEach((listener) => listener(answer)),
  );
  const saver: AnswerSaver = new AnswerSaver(
    async (answers) => {
      // Each write carries what this tab last saw of the answer, so no other tab's text is lost.
      const kept = await backend.putAnswers(answers, (answer) => live.seen(answer));
      live.written(answers, kept);
      noteWriteWorked();
      if (active?.backend === backend) announce(['answers'], answers.map(answerKey));
      void afterStoring();
    },
    undefined,
    (error) => {
      noteWriteFailed(error);
      return writeFailureAdvice();
    },
  );
  active?.rescue.close();
  const current: Active = {
    profile,
    profileId,
    backend,
    key,
    saver,
    foreignRecords,
    rescue: new RescueKeeper(profileId, key, saver),
    live,
    rescued: Promise.resolve(),
  };
  active = current;
  saverListeners.forEach((listener) => current.saver.subscribe(listener));
  listenToOtherTabs();
  // Not awaited: on an own device the stored answers open only after the first paint.
  if (backend.mode === 'device') {
    current.rescued = restoreRescued(current).catch((error: unknown) => console.warn('Reading the rescue copy failed', error));
    void restoreTop3(current).catch((error: unknown) => console.warn('Reading the top-3 rescue copy failed', error));
  }
}

/** Stores the top 3 an earlier page was still writing when it ended (see top3-rescue.ts). */
async function restoreTop3(current: Active): Promise<void> {
  const items = await takeTop3(current.profileId, current.key);
  if (!items) return;
  // Kept by this page now, until it is written.
  keepTop3(current.profileId, current.key, items);
  const stored = await writeOrRetry('top3', async () => {
    await current.backend.changeTop3(() => items);
    dropTop3(current.profileId);
  });
  if (stored && active === current) announce(['top3']);
}

/** Where the open profile keeps what is not written yet: its id and key (null: plain, an own device without PIN). */
export function rescueTarget(): { profileId: string; key: CryptoKey | null } | null {
  return active && active.backend.mode === 'device' ? { profileId: active.profileId, key: active.key } : null;
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

const activeProfileId = (): string => active?.profileId ?? OWN_PROFILE_ID;

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
  activate(null, own.id, profileBackend(device.db, own.id, key), key);
}

/**
 * Reads who uses this device and, on an own device without a PIN, opens the own profile. The
 * first screen waits only for a plain IndexedDB read (boot.ts); Dexie loads after the first paint.
 */
export function startSession(): Promise<SessionState> {
  followOtherTabs();
  started ??= (async () => {
    const rows = (await readDeviceRows()) ?? (await readWithDexie());
    if (!rows) {
      activate(null, OWN_PROFILE_ID, memoryBackend(), null);
      return sessionState();
    }
    lost = lostDatabase(rows.hasEntries ? 1 : 0);
    const settings = settingsOf(rows.device);
    const own = rows.profiles.find((row) => row.id === OWN_PROFILE_ID);
    // An own device without a PIN opens by itself (also when it has data from before the first-start question).
    if (settings.mode !== 'class' && !own?.lock && (settings.mode === 'own' || rows.hasEntries)) {
      const firstTime = !settings.mode;
      if (firstTime) rows.device.push({ key: 'mode', value: 'own' });
      // Reads are served through plain IndexedDB. Dexie (a long task on a slow phone) opens at the
      // first write, or at a read that needs it; never before the first paint.
      const painted = new Promise<void>((resolve) => afterFirstPaint(resolve));
      const backend = laterBackend(() => painted.then(() => ownBackend(firstTime)), plainReads(OWN_PROFILE_ID));
      activate(null, OWN_PROFILE_ID, backend, null);
      // Data from before the first-start question: the device is written down as own at once.
      if (firstTime) void painted.then(() => backend.ready().catch((error) => console.warn('Could not open the stored answers', error)));
    } else {
      dropAnswersReadAtBoot();
      afterFirstPaint(() => void openDevice());
    }
    return deviceState(rows);
  })();
  return started;
}

/** A plain profile's data through plain IndexedDB: no screen waits for Dexie to read it. */
const plainReads = (profileId: string): EarlyReads => ({
  values: (kind, prefix) => readPlainEntries(profileId, kind, prefix),
  value: (kind, key) => readPlainEntry(profileId, kind, key),
});

/** The own profile's data, once Dexie is open (and the device written down as own, the first time). */
async function ownBackend(saveMode: boolean): Promise<StorageBackend> {
  const device = await requireDevice();
  if (saveMode) await device.profiles.saveDeviceSetting(device.db, 'mode', 'own');
  const { profileBackend } = await import('./device-backend.ts');
  const own = await device.profiles.ownProfile(device.db);
  return profileBackend(device.db, own.id, null);
}

/** The same rows as readDeviceRows(), through Dexie (which first upgrades an older database). */
async function readWithDexie(): Promise<DeviceRows | null> {
  const device = await openDevice();
  if (!device) return null;
  const { db } = device;
  return {
    device: await db.device.toArray(),
    profiles: await db.profiles.toArray(),
    hasEntries: (await db.entries.count()) > 0,
    modules: await db.modules.toArray(),
  };
}

export async function sessionState(): Promise<SessionState> {
  const device = await openDevice();
  if (!device) {
    return {
      storage: 'memory',
      mode: 'own',
      settings: { mode: 'own', lockMinutes: 0, coursePlan: null, course: null, knownModules: null },
      profiles: [],
      active: active ? { id: 'own', name: '', color: '', hasPin: false, waiting: false } : null,
      ownHasPin: false,
      foreignRecords: 0,
      lost: null,
    };
  }
  return deviceState({
    device: await device.db.device.toArray(),
    profiles: await device.db.profiles.toArray(),
    hasEntries: false,
    modules: [],
  });
}

function deviceState(rows: DeviceRows): SessionState {
  const settings = settingsOf(rows.device);
  const ownHasPin = Boolean(rows.profiles.find((row) => row.id === OWN_PROFILE_ID)?.lock);
  return {
    storage: 'device',
    mode: settings.mode,
    settings,
    profiles: profileList(rows.profiles),
    active: active?.profile ?? (active ? { id: 'own', name: '', color: '', hasPin: ownHasPin, waiting: false } : null),
    ownHasPin,
    foreignRecords: active?.foreignRecords ?? 0,
    lost,
  };
}

function sessionChanged(tellOthers?: SessionEvent): void {
  if (tellOthers) tellOtherTabs({ kind: 'session', event: tellOthers, profileId: openProfileId() });
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

/** Which profile this tab has open ('own' on an own device), if any. */
function openProfileId(): string | undefined {
  return active ? (active.profile?.id ?? 'own') : undefined;
}

type SessionEvent = Extract<TabMessage, { kind: 'session' }>['event'];

let followingOtherTabs = false;
/**
 * Another tab signed out, locked, switched profile, wiped or changed the mode: this tab writes
 * what was typed, forgets its key too and starts again (the sign-in screen on a class tablet).
 */
function followOtherTabs(): void {
  if (followingOtherTabs) return;
  followingOtherTabs = true;
  onOtherTab((message) => {
    if (message.kind !== 'session') return;
    if (message.event === 'switched' && active && message.profileId === openProfileId()) return;
    void (async () => {
      const leaving = active;
      active = null;
      started = null;
      sessionChanged();
      await leaving?.saver.flush().catch(() => undefined);
      await startSession();
      sessionChanged();
    })();
  });
}

export function onSessionChange(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** The open database, or null when this browser keeps nothing (device modules use it). */
export async function deviceDatabase(): Promise<Database | null> {
  return (await openDevice())?.db ?? null;
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
  sessionChanged('mode');
}

export async function saveDeviceSetting<K extends keyof DeviceSettings>(key: K, value: DeviceSettings[K]): Promise<void> {
  const device = await requireDevice();
  await device.profiles.saveDeviceSetting(device.db, key, value);
  sessionChanged();
}

/** Changes a device setting from its stored value (not from a screen's possibly older copy). */
export async function updateDeviceSetting<K extends keyof DeviceSettings>(
  key: K,
  update: (old: DeviceSettings[K]) => DeviceSettings[K],
): Promise<void> {
  const device = await requireDevice();
  await device.profiles.updateDeviceSetting(device.db, key, update);
  sessionChanged();
}

/** Several device settings at once (a course package): all are saved, or none. */
export async function saveDeviceSettings(values: Partial<DeviceSettings>): Promise<void> {
  const device = await requireDevice();
  await device.profiles.saveDeviceSettings(device.db, values);
  sessionChanged();
}

export async function createProfile(name: string, color: string, pin: string): Promise<void> {
  const device = await requireDevice();
  const { profileBackend } = await import('./device-backend.ts');
  await closeProfile();
  const { profile, key } = await device.profiles.createProfile(device.db, name, color, pin);
  activate(profile, profile.id, profileBackend(device.db, profile.id, key), key);
  sessionChanged('switched');
}

/** Opens a profile with its PIN (own device: id 'own'). Says how long to wait after wrong PINs. */
export async function openProfile(id: string, pin: string): Promise<{ ok: boolean; waitMs: number }> {
  const device = await requireDevice();
  const result = await device.profiles.unlockProfile(device.db, id, pin);
  if (!result.ok) return result;
  const { profileBackend, checkProfileRecords } = await import('./device-backend.ts');
  await closeProfile();
  const { foreign } = result.key ? await checkProfileRecords(device.db, id, result.key) : { foreign: 0 };
  const row = await device.db.profiles.get(id);
  activate(id === 'own' || !row ? null : device.profiles.summary(row), id, profileBackend(device.db, id, result.key), result.key, foreign);
  sessionChanged('switched');
  return { ok: true, waitMs: 0 };
}

/** Locks or signs out, in every open tab: writes what was typed, then forgets the key. */
export async function closeProfile(event: 'signed-out' | 'locked' = 'signed-out'): Promise<void> {
  if (!active) return;
  const leaving = active;
  await leaving.saver.flush();
  leaving.rescue.close();
  if (active === leaving) active = null;
  sessionChanged(event);
}

/** The trainer ends the wait of a participant who typed wrong PINs. */
export async function clearProfileWait(id: string): Promise<void> {
  const device = await requireDevice();
  await device.profiles.clearWait(device.db, id);
  sessionChanged();
}

/** Own device: set, change or remove the PIN that locks the app. */
export async function setOwnPin(pin: string | null): Promise<void> {
  const device = await requireDevice();
  if (!active) throw new Error('Open the workbook first');
  await active.saver.flush();
  const key = await device.profiles.changeProfilePin(device.db, 'own', active.key, pin);
  await openOwnProfile(device, key);
  // Other tabs still hold the old key (or none): they start again.
  sessionChanged('locked');
}

export async function removeProfile(id: string): Promise<void> {
  const device = await requireDevice();
  await device.profiles.removeProfile(device.db, id);
  dropRescued(id);
  dropTop3Rescued(id);
  sessionChanged('wiped');
}

/** End of the course: all profiles and their data leave this device. */
export async function removeAllProfiles(): Promise<void> {
  const device = await requireDevice();
  await closeProfile();
  await device.profiles.removeAllProfiles(device.db);
  dropRescued(null);
  dropTop3Rescued(null);
  sessionChanged('wiped');
}

/** "Delete all my answers from this device": the open profile's answers, top 3, progress and settings. */
export async function deleteMyData(): Promise<void> {
  const device = await requireDevice();
  if (!active) return;
  await active.saver.flush();
  await device.profiles.deleteProfileData(device.db, active.profileId);
  dropRescued(active.profileId);
  dropTop3Rescued(active.profileId);
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
export type ChangeTopic = 'answers' | 'top3' | 'progress' | 'settings' | 'practice';
const ALL_TOPICS: readonly ChangeTopic[] = ['answers', 'top3', 'progress', 'settings', 'practice'];

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

/** For tests: close the open database so the next call opens it again. */
export async function resetStorageForTests(): Promise<void> {
  const open = database;
  database = null;
  started = null;
  active = null;
  lost = null;
  persistAsked = false;
  followingOtherTabs = false;
  answerListeners.clear();
  stopListeningToTabs?.();
  forgetBootReadForTests();
  (await open)?.db.close();
}
