// The one Dexie database. Only src/storage/ may import this file (see .oxlintrc.json).
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Language, ModuleMeta, ModuleText } from '../content/types.ts';
import type { Sealed } from './crypto.ts';

import { DB_NAME, OWN_PROFILE_ID, TOP3_KEY } from './device-rows.ts';

export { DB_NAME, OWN_PROFILE_ID } from './device-rows.ts';

/**
 * Schema versions by name. Add a version (with an .upgrade() when data must change);
 * never edit or remove one that has shipped. boot.ts reads `device`, `profiles`, `modules` and
 * plain `entries` rows without Dexie, before any upgrade: a version that changes them changes it too.
 */
export const DB_VERSION = {
  /** One person: answers, top3, progress, settings as plain tables. */
  Initial: 1,
  /** Profiles: every profile's data in `entries`, sealed with its PIN's key when it has one. */
  Profiles: 2,
  /**
   * Records of PIN profiles bound to their place: opaque keys, padded, the place as AES-GCM
   * additional data. Re-sealing needs the PIN, so this only marks the PIN profiles whose
   * records are still in the version-2 form; they are re-sealed at their next sign-in.
   */
  Bound: 3,
  /** Modules written, opened or adapted by a trainer on this device: `modules`, device-wide. */
  DeviceModules: 4,
} as const;

export interface ProfileRow {
  id: string;
  name: string;
  color: string;
  createdAt: number;
  /** Set when the profile has a PIN: how to derive its key, and a sealed text to check the PIN. */
  lock?: { salt: Uint8Array<ArrayBuffer>; iterations: number; verifier: Sealed };
  wrongTries: number;
  /** Version 2 kept the wall-clock time of the last wrong try; no longer read (a clock change fooled it). */
  lastWrongTry: number;
  /** How much of the wait after wrong PINs was left when last seen (see wait.ts). */
  waitLeftMs?: number;
  /** 'legacy': the PIN profile's records are still in the version-2 form (see DB_VERSION.Bound). */
  binding?: 'legacy';
}

export type EntryKind = 'answer' | 'answer-version' | 'top3' | 'progress' | 'setting' | 'practice';

/** One piece of a profile's data: sealed when the profile has a PIN, plain otherwise. */
export interface EntryRow {
  profileId: string;
  kind: EntryKind;
  /** Plain profiles: the entry's name (e.g. "module/exercise"); PIN profiles: an opaque name (see crypto.opaqueName). */
  key: string;
  sealed?: Sealed;
  plain?: unknown;
}

/** Settings of the device itself (mode, trainer PIN, lock timeout, course plan): no personal data. */
export interface DeviceRow {
  key: string;
  value: unknown;
}

/** A module added on this device, stored compiled (ready to show) next to its module file. */
export interface DeviceModuleRow {
  id: string;
  /** The module file as the trainer saved or opened it (see src/pipeline/module-file.ts). */
  file: string;
  meta: ModuleMeta;
  texts: Partial<Record<Language, ModuleText>>;
  /** True when it replaces the built-in module with the same id (an adapted built-in). */
  adapts: boolean;
  savedAt: number;
}

export class WorkbookDB extends Dexie {
  profiles!: EntityTable<ProfileRow, 'id'>;
  entries!: Table<EntryRow, [string, EntryKind, string]>;
  device!: EntityTable<DeviceRow, 'key'>;
  modules!: EntityTable<DeviceModuleRow, 'id'>;

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
    this.version(DB_VERSION.Bound)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('profiles')
          .toCollection()
          .modify((row: ProfileRow) => {
            if (row.lock) row.binding = 'legacy';
          });
      });
    // Nothing to move: a device starts without modules of its own.
    this.version(DB_VERSION.DeviceModules).stores({ modules: 'id' });
  }
}

/** Version 1 had one person's data in four tables: it becomes the own profile, unchanged. */
async function moveIntoOwnProfile(tx: Transaction): Promise<void> {
  const entries: EntryRow[] = [];
  const add = (kind: EntryKind, key: string, plain: unknown) => entries.push({ profileId: OWN_PROFILE_ID, kind, key, plain });
  for (const answer of await tx.table('answers').toArray()) add('answer', `${answer.moduleId}/${answer.exerciseId}`, answer);
  const top3 = (await tx.table('top3').orderBy('slot').toArray()).map(({ slot: _slot, ...item }) => item);
  if (top3.length) add('top3', TOP3_KEY, top3);
  for (const progress of await tx.table('progress').toArray()) add('progress', progress.moduleId, progress);
  for (const { key, value } of await tx.table('settings').toArray()) add('setting', key, value);
  await tx.table('entries').bulkPut(entries);
  if (entries.length) {
    await tx.table('profiles').put({ id: OWN_PROFILE_ID, name: '', color: '', createdAt: Date.now(), wrongTries: 0, lastWrongTry: 0 });
    await tx.table('device').put({ key: 'mode', value: 'own' });
  }
}
