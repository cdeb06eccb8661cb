// Upgrading a device that has data from an older version of the app keeps every answer.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveKey, makeVerifier, newRecipe, seal } from '../../src/storage/crypto.ts';
import { DB_NAME, DB_VERSION, WorkbookDB } from '../../src/storage/db.ts';
import {
  listDeviceModules,
  loadAnswers,
  loadProgress,
  loadSetting,
  loadTop3,
  openProfile,
  putDeviceModule,
  sessionState,
  startSession,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';
import v1 from '../fixtures/db-v1.json';

beforeEach(wipeDevice);

async function withDatabase<T>(use: (db: WorkbookDB) => Promise<T>): Promise<T> {
  const db = new WorkbookDB(DB_NAME);
  await db.open();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** Writes the fixture with the schema of version 1, as the first release of the app did. */
async function createVersion1Database(): Promise<void> {
  const old = new Dexie(DB_NAME);
  old.version(DB_VERSION.Initial).stores({
    answers: '[moduleId+exerciseId], moduleId, updatedAt',
    top3: 'slot',
    progress: 'moduleId',
    settings: 'key',
  });
  await old.open();
  await old.table('answers').bulkPut(v1.answers);
  await old.table('top3').bulkPut(v1.top3);
  await old.table('progress').bulkPut(v1.progress);
  await old.table('settings').bulkPut(v1.settings);
  old.close();
}

describe('schema upgrade 1 → 2 (Profiles)', () => {
  it("moves one person's data into the own profile, unchanged, and opens it as before", async () => {
    await createVersion1Database();
    const state = await startSession();
    expect(state.mode).toBe('own');
    expect(state.active).not.toBeNull();
    const answers = await loadAnswers();
    expect(answers.map((a) => `${a.moduleId}/${a.exerciseId}`).sort()).toEqual(
      v1.answers.map((a) => `${a.moduleId}/${a.exerciseId}`).sort(),
    );
    expect(answers.find((a) => a.exerciseId === 'profielfoto-nu')?.value).toEqual(v1.answers[0]!.value);
    expect((await loadTop3()).map((i) => i.text)).toEqual(v1.top3.map((i) => i.text));
    expect(await loadProgress()).toEqual(v1.progress);
    expect(await loadSetting('lastPlace')).toEqual({ moduleId: 'jezelf-laten-zien', page: 2 });
    expect((await sessionState()).ownHasPin).toBe(false);
  });
});

describe('schema upgrade 2 → 3 (Bound)', () => {
  /** A class tablet as version 2 left it: one PIN profile with records sealed without binding, under clear keys. */
  async function createVersion2Database(): Promise<void> {
    const old = new Dexie(DB_NAME);
    old.version(DB_VERSION.Profiles).stores({ profiles: 'id', entries: '[profileId+kind+key], profileId', device: 'key' });
    await old.open();
    const recipe = newRecipe(1000);
    const key = await deriveKey('1357', recipe);
    const answer = { moduleId: 'm', exerciseId: 'q', prompt: 'Vraag', value: { kind: 'text', text: 'Uit versie 2' }, updatedAt: 1 };
    await old.table('device').put({ key: 'mode', value: 'class' });
    await old.table('profiles').put({
      id: 'sam',
      name: 'Sam',
      color: 'blue',
      createdAt: 1,
      lock: { ...recipe, verifier: await makeVerifier(key) },
      wrongTries: 0,
      lastWrongTry: 0,
    });
    await old.table('entries').bulkPut([
      { profileId: 'sam', kind: 'answer', key: 'm/q', sealed: await seal(key, answer) },
      { profileId: 'sam', kind: 'top3', key: 'list', sealed: await seal(key, [{ text: 'Oude tip', addedAt: 1 }]) },
      {
        profileId: 'sam',
        kind: 'answer',
        key: 'm/planted',
        plain: { ...answer, exerciseId: 'planted', value: { kind: 'text', text: 'PLANTED' } },
      },
    ]);
    old.close();
  }

  it('re-seals the records at the next sign-in, bound and with opaque keys, and keeps every answer', async () => {
    await createVersion2Database();
    expect((await sessionState()).profiles.map((p) => p.name)).toEqual(['Sam']);
    expect(await withDatabase(async (db) => (await db.profiles.get('sam'))?.binding)).toBe('legacy');
    expect((await openProfile('sam', '1357')).ok).toBe(true);
    expect((await sessionState()).foreignRecords).toBe(1);
    expect((await loadAnswers()).map((a) => a.value)).toEqual([{ kind: 'text', text: 'Uit versie 2' }]);
    expect((await loadTop3())[0]?.text).toBe('Oude tip');
    const { keys, binding } = await withDatabase(async (db) => ({
      keys: (await db.entries.toArray()).filter((row) => row.sealed).map((row) => row.key),
      binding: (await db.profiles.get('sam'))?.binding,
    }));
    expect(binding).toBeUndefined();
    expect(keys).toHaveLength(2);
    expect(keys).not.toContain('m/q');
    expect(keys).not.toContain('list');
  });
});

describe('schema upgrade 2 → 4 (DeviceModules)', () => {
  it('keeps profiles and answers, and adds an empty table for modules made on the device', async () => {
    const old = new Dexie(DB_NAME);
    old.version(DB_VERSION.Profiles).stores({ profiles: 'id', entries: '[profileId+kind+key], profileId', device: 'key' });
    await old.open();
    await old.table('profiles').put({ id: 'own', name: '', color: '', createdAt: 1, wrongTries: 0, lastWrongTry: 0 });
    await old.table('entries').put({ profileId: 'own', kind: 'answer', key: 'jezelf-laten-zien/profielfoto-nu', plain: v1.answers[0] });
    await old.table('device').put({ key: 'mode', value: 'own' });
    old.close();

    await startSession();
    expect((await loadAnswers()).map((a) => a.exerciseId)).toEqual(['profielfoto-nu']);
    expect(await listDeviceModules()).toEqual([]);
    await putDeviceModule({ id: 'online-daten', file: 'x', meta: {} as never, texts: {}, adapts: false, savedAt: 1 });
    expect((await listDeviceModules()).map((m) => m.id)).toEqual(['online-daten']);
  });
});
