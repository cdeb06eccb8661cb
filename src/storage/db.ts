// The one Dexie database. Only src/storage/ may import this file (see .oxlintrc.json).
import { Dexie, type EntityTable } from 'dexie';
import type { ModuleProgress, SettingKey, StoredAnswer, Top3Item } from './types.ts';

// DO NOT CHANGE: renaming the database would leave every client's answers behind.
export const DB_NAME = 'zinvol-online';

/** Schema versions by name. Add a version (with an .upgrade() when data must change); never edit one. */
export const DB_VERSION = { Initial: 1 } as const;

export interface Top3Row extends Top3Item {
  slot: number;
}
export interface SettingRow {
  key: SettingKey;
  value: unknown;
}

export class WorkbookDB extends Dexie {
  answers!: EntityTable<StoredAnswer>;
  top3!: EntityTable<Top3Row, 'slot'>;
  progress!: EntityTable<ModuleProgress, 'moduleId'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(DB_VERSION.Initial).stores({
      answers: '[moduleId+exerciseId], moduleId, updatedAt',
      top3: 'slot',
      progress: 'moduleId',
      settings: 'key',
    });
  }
}
