// Upgrading a device that has data from an older version of the app keeps every answer.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../src/storage/db.ts';
import {
  listDeviceModules,
  loadAnswers,
  loadProgress,
  loadSetting,
  loadTop3,
  putDeviceModule,
  sessionState,
  startSession,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';
import v1 from '../fixtures/db-v1.json';

beforeEach(wipeDevice);

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
