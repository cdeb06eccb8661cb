// Profiles and device settings: who uses this device, their PINs, and the trainer's settings.
// Works on the open database; src/storage/index.ts decides which profile is open.
import { deriveKey, isRightKey, makeVerifier, newRecipe, type Sealed } from './crypto.ts';
import type { ProfileRow, WorkbookDB } from './db.ts';
import { readProfileEntries, toRow } from './device-backend.ts';
import { OWN_PROFILE_ID, profileList, settingsOf, summary } from './device-rows.ts';
import { forgetWait, startWait, waitLeft } from './wait.ts';
import type { Course } from './course.ts';

export { DEFAULT_CLASS_LOCK_MINUTES, summary } from './device-rows.ts';

export type DeviceMode = 'own' | 'class';

export interface DeviceSettings {
  mode: DeviceMode | undefined;
  /** Minutes without use before the app locks; 0 = never. */
  lockMinutes: number;
  /** Module ids that participants see, in this order; null = all modules. */
  coursePlan: string[] | null;
  /** The course set up by the trainer (name, organisation, sessions, helplines, logo); null: none. */
  course: Course | null;
  /** Workbook module ids this device has seen, to tell the trainer once about new ones; null: first start. */
  knownModules: string[] | null;
}

export interface ProfileSummary {
  id: string;
  name: string;
  color: string;
  hasPin: boolean;
  /** Wrong PINs were typed: the trainer can clear the wait. */
  waiting: boolean;
}

export type UnlockResult = { ok: true; key: CryptoKey | null } | { ok: false; waitMs: number };

export async function deviceSettings(db: WorkbookDB): Promise<DeviceSettings> {
  return settingsOf(await db.device.toArray());
}

export async function saveDeviceSetting<K extends keyof DeviceSettings>(db: WorkbookDB, key: K, value: DeviceSettings[K]): Promise<void> {
  await db.device.put({ key, value });
}

/** Changes a setting from its stored value, so two quick changes never overwrite each other. */
export async function updateDeviceSetting<K extends keyof DeviceSettings>(
  db: WorkbookDB,
  key: K,
  update: (old: DeviceSettings[K]) => DeviceSettings[K],
): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const old = (await deviceSettings(db))[key];
    await db.device.put({ key, value: update(old) });
  });
}

/** Several settings at once, in one transaction: all are saved, or none. */
export async function saveDeviceSettings(db: WorkbookDB, values: Partial<DeviceSettings>): Promise<void> {
  await db.device.bulkPut(Object.entries(values).map(([key, value]) => ({ key, value })));
}

export async function listProfiles(db: WorkbookDB): Promise<ProfileSummary[]> {
  return profileList(await db.profiles.toArray());
}

export async function ownProfile(db: WorkbookDB): Promise<ProfileRow> {
  const existing = await db.profiles.get(OWN_PROFILE_ID);
  if (existing) return existing;
  const row: ProfileRow = { id: OWN_PROFILE_ID, name: '', color: '', createdAt: Date.now(), wrongTries: 0, lastWrongTry: 0 };
  await db.profiles.put(row);
  return row;
}

async function lockFor(pin: string): Promise<{ key: CryptoKey; lock: NonNullable<ProfileRow['lock']> }> {
  const recipe = newRecipe();
  const key = await deriveKey(pin, recipe);
  return { key, lock: { ...recipe, verifier: await makeVerifier(key) } };
}

export async function createProfile(
  db: WorkbookDB,
  name: string,
  color: string,
  pin: string,
): Promise<{ profile: ProfileSummary; key: CryptoKey }> {
  const { key, lock } = await lockFor(pin);
  const row: ProfileRow = {
    id: crypto.randomUUID(),
    name: name.trim(),
    color,
    createdAt: Date.now(),
    lock,
    wrongTries: 0,
    lastWrongTry: 0,
  };
  await db.profiles.add(row);
  return { profile: summary(row), key };
}

/** Checks a PIN. Wrong PINs are counted in the database, so waiting cannot be skipped by reloading. */
export async function unlockProfile(db: WorkbookDB, id: string, pin: string | null): Promise<UnlockResult> {
  const row = await db.profiles.get(id);
  if (!row) return { ok: false, waitMs: 0 };
  if (!row.lock) return { ok: true, key: null };
  const waitMs = waitLeft(id, row.waitLeftMs ?? 0);
  if (waitMs > 0) {
    await db.profiles.update(id, { waitLeftMs: waitMs });
    return { ok: false, waitMs };
  }
  const key = pin === null ? null : await deriveKey(pin, row.lock);
  if (key && (await isRightKey(key, row.lock.verifier))) {
    await clearWait(db, id);
    return { ok: true, key };
  }
  const wrongTries = row.wrongTries + 1;
  const next = startWait(id, wrongTries);
  await db.profiles.update(id, { wrongTries, waitLeftMs: next });
  return { ok: false, waitMs: next };
}

/** The trainer (or a right PIN) ends the wait after wrong PINs. */
export async function clearWait(db: WorkbookDB, id: string): Promise<void> {
  forgetWait(id);
  await db.profiles.update(id, { wrongTries: 0, waitLeftMs: 0 });
}

/** Gives a profile a new PIN (or none), sealing all of its data again in one transaction. */
export async function changeProfilePin(
  db: WorkbookDB,
  id: string,
  oldKey: CryptoKey | null,
  newPin: string | null,
): Promise<CryptoKey | null> {
  const next = newPin ? await lockFor(newPin) : null;
  const entries = await readProfileEntries(db, id, oldKey);
  const resealed = await Promise.all(entries.map((entry) => toRow(id, next?.key ?? null, entry.kind, entry.key, entry.value)));
  await db.transaction('rw', db.entries, db.profiles, async () => {
    await deleteProfileData(db, id);
    await db.entries.bulkPut(resealed);
    const row = await db.profiles.get(id);
    if (row) {
      const { lock: _old, binding: _binding, ...rest } = row;
      await db.profiles.put(next ? { ...rest, lock: next.lock, wrongTries: 0 } : { ...rest, wrongTries: 0 });
    }
  });
  return next?.key ?? null;
}

export async function deleteProfileData(db: WorkbookDB, id: string): Promise<void> {
  await db.entries.where('profileId').equals(id).delete();
}

export async function removeProfile(db: WorkbookDB, id: string): Promise<void> {
  await db.transaction('rw', db.entries, db.profiles, async () => {
    await deleteProfileData(db, id);
    await db.profiles.delete(id);
  });
}

// The trainer PIN guards the trainer settings; it protects no data, so it only needs a verifier.
export async function hasTrainerPin(db: WorkbookDB): Promise<boolean> {
  return (await db.device.get('trainerLock')) !== undefined;
}

export async function setTrainerPin(db: WorkbookDB, pin: string): Promise<void> {
  const { lock } = await lockFor(pin);
  await db.device.put({ key: 'trainerLock', value: lock });
}

const TRAINER_LOCK_ID = 'trainer';

export async function checkTrainerPin(db: WorkbookDB, pin: string): Promise<UnlockResult> {
  const lock = (await db.device.get('trainerLock'))?.value as
    { salt: Uint8Array<ArrayBuffer>; iterations: number; verifier: Sealed } | undefined;
  const tries = ((await db.device.get('trainerWrongTries'))?.value as { count: number; leftMs?: number } | undefined) ?? { count: 0 };
  if (!lock) return { ok: false, waitMs: 0 };
  const waitMs = waitLeft(TRAINER_LOCK_ID, tries.leftMs ?? 0);
  if (waitMs > 0) {
    await db.device.put({ key: 'trainerWrongTries', value: { count: tries.count, leftMs: waitMs } });
    return { ok: false, waitMs };
  }
  if (await isRightKey(await deriveKey(pin, lock), lock.verifier)) {
    forgetWait(TRAINER_LOCK_ID);
    await db.device.put({ key: 'trainerWrongTries', value: { count: 0, leftMs: 0 } });
    return { ok: true, key: null };
  }
  const count = tries.count + 1;
  const leftMs = startWait(TRAINER_LOCK_ID, count);
  await db.device.put({ key: 'trainerWrongTries', value: { count, leftMs } });
  return { ok: false, waitMs: leftMs };
}

/** End of the course: every profile and its data goes; the device settings stay. */
export async function removeAllProfiles(db: WorkbookDB): Promise<void> {
  await db.transaction('rw', db.entries, db.profiles, async () => {
    await db.entries.clear();
    await db.profiles.clear();
  });
}
