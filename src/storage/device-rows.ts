// The device's own rows (mode, lock time, course plan, profiles) as the app sees them. Read by
// Dexie (profiles.ts) or, for the first screen, by plain IndexedDB (boot.ts): no Dexie here.
import type { Course } from './course.ts';
import type { DeviceRow, ProfileRow } from './db.ts';
import type { DeviceMode, DeviceSettings, ProfileSummary } from './profiles.ts';
import { FREE_TRIES } from './wait.ts';

// DO NOT CHANGE: renaming the database would leave every client's answers behind.
export const DB_NAME = 'zinvol-online';

/** The profile of a device used by one person: it exists from the start and may have no PIN. */
export const OWN_PROFILE_ID = 'own';

export const DEFAULT_CLASS_LOCK_MINUTES = 5;

// DO NOT CHANGE: the names under which a profile keeps its one top 3 and its one practice state.
export const TOP3_KEY = 'list';
export const PRACTICE_KEY = 'state';

export function settingsOf(rows: DeviceRow[]): DeviceSettings {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const mode = values.get('mode') as DeviceMode | undefined;
  return {
    mode,
    lockMinutes: (values.get('lockMinutes') as number | undefined) ?? (mode === 'class' ? DEFAULT_CLASS_LOCK_MINUTES : 0),
    coursePlan: (values.get('coursePlan') as string[] | null | undefined) ?? null,
    course: (values.get('course') as Course | null | undefined) ?? null,
    knownModules: (values.get('knownModules') as string[] | null | undefined) ?? null,
  };
}

export const summary = (row: ProfileRow): ProfileSummary => ({
  id: row.id,
  name: row.name,
  color: row.color,
  hasPin: Boolean(row.lock),
  waiting: row.wrongTries >= FREE_TRIES,
});

/** The named profiles (not the own profile), by name. */
export function profileList(rows: ProfileRow[]): ProfileSummary[] {
  return rows
    .filter((row) => row.id !== OWN_PROFILE_ID)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(summary);
}
