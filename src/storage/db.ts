// The one Dexie database. Only src/storage/ may import this file (see .oxlintrc.json).
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Sealed } from './crypto.ts';

// DO NOT CHANGE: renaming the database would leave every client's answers behind.
export const DB_NAME = 'zinvol-online';

/**
 * Schema versions by name. Add a version (with an .upgrade() when data must change);
 * never edit or remove one that has shipped.
 */
export const DB_VERSION = {
  /** One person: answers, top3, progress, settings as plain tables. */
  Initial: 1,
  /** Profiles: every profile's data in `entries`, sealed with its PIN's key when it has one. */
  Profiles: 2,
} as const;

/** The profile of a device used by one person: it exists from the start and may have no PIN. */
export const OWN_PROFILE_ID = 'own';

export interface ProfileRow {
  id: string;
  name: string;
  color: string;
  createdAt: number;
  /** Set when the profile has a PIN: how to derive its key, and a sealed text to check the PIN. */
  lock?: { salt: Uint8Array<ArrayBuffer>; iterations: number; verifier: Sealed };
  wrongTries: number;
  lastWrongTry: number;
}

export type EntryKind = 'answer' | 'answer-version' | 'top3' | 'progress' | 'setting';

/** One piece of a profile's data: sealed when the profile has a PIN, plain otherwise. */
export interface EntryRow {
  profileId: string;
  kind: EntryKind;
  key: string;
  sealed?: Sealed;
  plain?: unknown;
}

/** Settings of the device itself (mode, trainer PIN, lock timeout, course plan): no personal data. */
export interface DeviceRow {
  key: string;
  value: unknown;
}

export class WorkbookDB extends Dexie {
  profiles!: EntityTable<ProfileRow, 'id'>;
  entries!: Table<EntryRow, [string, EntryKind, string]>;
  device!: EntityTable<DeviceRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(DB_VERSION.Initial).stores({
      answers: '[moduleId+exerciseId], moduleId, updatedAt',
      top3: 'slot',
      progress: 'moduleId',
      settings: 'key',
    });
    this.version(DB_VERSION.Profiles)
      .stores({
        profiles: 'id',
        entries: '[profileId+kind+key], profileId',
        device: 'key',
        answers: null,
        top3: null,
        progress: null,
        settings: null,
      })
      .upgrade(moveIntoOwnProfile);
  }
}

/** Version 1 had one person's data in four tables: it becomes the own profile, unchanged. */
async function moveIntoOwnProfile(tx: Transaction): Promise<void> {
  const entries: EntryRow[] = [];
  const add = (kind: EntryKind, key: string, plain: unknown) => entries.push({ profileId: OWN_PROFILE_ID, kind, key, plain });
  for (const answer of await tx.table('answers').toArray()) add('answer', `${answer.moduleId}/${answer.exerciseId}`, answer);
  const top3 = (await tx.table('top3').orderBy('slot').toArray()).map(({ slot: _slot, ...item }) => item);
  if (top3.length) add('top3', 'list', top3);
  for (const progress of await tx.table('progress').toArray()) add('progress', progress.moduleId, progress);
  for (const { key, value } of await tx.table('settings').toArray()) add('setting', key, value);
  await tx.table('entries').bulkPut(entries);
  if (entries.length) {
    await tx.table('profiles').put({ id: OWN_PROFILE_ID, name: '', color: '', createdAt: Date.now(), wrongTries: 0, lastWrongTry: 0 });
    await tx.table('device').put({ key: 'mode', value: 'own' });
  }
}
