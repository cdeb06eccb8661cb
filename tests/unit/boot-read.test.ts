// The first screen reads the device through plain IndexedDB; Dexie (and the data) comes after.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { laterBackend, memoryBackend } from '../../src/storage/backend.ts';
import { readAnswersAtBoot, readDeviceRows, readPlainEntries, readPlainEntry } from '../../src/storage/boot.ts';
import { DB_NAME, DB_VERSION } from '../../src/storage/db.ts';
import {
  chooseMode,
  createProfile,
  flushAnswers,
  loadAnswers,
  loadPractice,
  loadProgress,
  loadSetting,
  loadTop3,
  resetStorageForTests,
  saveAnswer,
  savePractice,
  saveProgress,
  saveSetting,
  saveTop3,
  type PracticeState,
  sessionState,
  startSession,
  storageProblem,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';

beforeEach(wipeDevice);

const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

describe('boot read', () => {
  it('finds nothing on a new device, creates no database, and then asks the first-start question', async () => {
    expect(await readDeviceRows()).toEqual({ device: [], profiles: [], hasEntries: false, modules: [] });
    expect(await databaseNames()).not.toContain(DB_NAME);
    const state = await startSession();
    expect(state.mode).toBeUndefined();
    expect(state.active).toBeNull();
    // Dexie still creates the database with its schema when someone chooses.
    await chooseMode('own');
    expect((await sessionState()).mode).toBe('own');
  });

  it('opens an own device with its answers: the state from the boot read, the answers once Dexie is open', async () => {
    await chooseMode('own');
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'Hallo' } });
    await flushAnswers();
    await resetStorageForTests();
    const rows = await readDeviceRows();
    expect(rows?.device).toContainEqual({ key: 'mode', value: 'own' });
    expect(rows?.hasEntries).toBe(true);
    const state = await startSession();
    expect(state).toMatchObject({ storage: 'device', mode: 'own', active: { id: 'own' }, ownHasPin: false });
    expect((await loadAnswers('a')).map((a) => a.value)).toEqual([{ kind: 'text', text: 'Hallo' }]);
  });

  it('gives a class tablet its profiles by name, none of them open', async () => {
    await chooseMode('class');
    await createProfile('Sam', 'groen', '1234');
    await createProfile('Anna', 'blauw', '5678');
    await resetStorageForTests();
    const state = await startSession();
    expect(state.mode).toBe('class');
    expect(state.profiles.map((p) => [p.name, p.hasPin])).toEqual([
      ['Anna', true],
      ['Sam', true],
    ]);
    expect(state.active).toBeNull();
    expect(state).toEqual(await sessionState());
  });
});

describe('answers read before Dexie (own device without a PIN)', () => {
  it('gives one module’s answers as Dexie would, and nothing of a sealed row', async () => {
    await chooseMode('own');
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'Hallo' } });
    saveAnswer({ moduleId: 'ab', exerciseId: 'y', prompt: 'Vraag', value: { kind: 'text', text: 'Ander onderdeel' } });
    await flushAnswers();
    await resetStorageForTests();
    const plain = await readPlainEntries('own', 'answer', 'a/');
    expect(plain).toEqual(await loadAnswers('a'));
    expect(plain).toHaveLength(1);
    expect(await readPlainEntries('someone', 'answer', 'a/')).toEqual([]);
  });

  it('serves reads without the backend until something is written, then waits for it', async () => {
    let opened = 0;
    const backend = laterBackend(
      async () => {
        opened++;
        return memoryBackend();
      },
      { values: async () => [], value: async () => ({ value: undefined }) },
    );
    expect(await backend.answers('a')).toEqual([]);
    expect(opened).toBe(0);
    const answer = { moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'Nieuw' } as const, updatedAt: 1 };
    await backend.putAnswers([answer]);
    // A read after a write sees it: it goes to the backend, not the early read.
    expect(await backend.answers('a')).toEqual([answer]);
    expect(opened).toBe(1);
  });

  async function twoModulesAnswered() {
    await chooseMode('own');
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'Hallo' } });
    saveAnswer({ moduleId: 'b', exerciseId: 'y', prompt: 'Vraag', value: { kind: 'text', text: 'Ander onderdeel' } });
    await flushAnswers();
    const answersOfA = await loadAnswers('a');
    await resetStorageForTests();
    return answersOfA;
  }

  it('reads the page opened first with the boot read: no second open, and handed out once', async () => {
    const answersOfA = await twoModulesAnswered();
    readAnswersAtBoot('a');
    await readDeviceRows();
    // Asked once the boot read has started: too late to come along.
    readAnswersAtBoot('b');
    const opens = vi.spyOn(indexedDB, 'open');
    expect(await readPlainEntries('own', 'answer', 'a/')).toEqual(answersOfA);
    expect(await readPlainEntries('own', 'answer-version', 'a/')).toEqual([]);
    expect(opens).not.toHaveBeenCalled();
    // Once handed out, a read goes to the database again (it may have changed since).
    expect(await readPlainEntries('own', 'answer', 'a/')).toEqual(answersOfA);
    expect((await readPlainEntries('own', 'answer', 'b/'))?.map((a) => (a as { exerciseId: string }).exerciseId)).toEqual(['y']);
    expect(opens).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing read ahead on a device where someone must sign in first', async () => {
    await twoModulesAnswered();
    await chooseMode('class');
    await resetStorageForTests();
    readAnswersAtBoot('a');
    expect((await startSession()).mode).toBe('class');
    // The own profile's answers from before are still stored, but nothing read ahead is kept.
    const opens = vi.spyOn(indexedDB, 'open');
    expect(await readPlainEntries('own', 'answer', 'a/')).toHaveLength(1);
    // A plain open of its own (Dexie, opening after the first paint here, asks for a version).
    expect(opens.mock.calls.filter((call) => call[1] === undefined)).toHaveLength(1);
  });

  it('drops what it read ahead when another tab changes something', async () => {
    await twoModulesAnswered();
    readAnswersAtBoot('a');
    await readDeviceRows();
    const otherTab = new BroadcastChannel('zinvol-online');
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin.
    otherTab.postMessage({ kind: 'data', profileId: 'own', topics: ['answers'], keys: ['a/x'] });
    otherTab.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const opens = vi.spyOn(indexedDB, 'open');
    await readPlainEntries('own', 'answer', 'a/');
    expect(opens).toHaveBeenCalledTimes(1);
  });

  it("reads home's top 3, progress, settings and practice without Dexie; the first write opens it", async () => {
    await chooseMode('own');
    await saveTop3([{ text: 'Mijn vriendin bellen', addedAt: 1 }]);
    await saveProgress({ moduleId: 'a', page: 2, furthest: 3, done: false });
    await saveSetting('homeScreenTipDismissed', true);
    // Only what the storage keeps matters here, not a complete practice state.
    await savePractice({ liked: ['p1'], comments: [{ postId: 'p2', text: 'Mooi!' }] } as unknown as PracticeState);
    const stored = { top3: await loadTop3(), progress: await loadProgress(), practice: await loadPractice() };
    await resetStorageForTests();

    // Dexie opens the database with a version; the plain reads open it as it is.
    const opens = vi.spyOn(indexedDB, 'open');
    const dexieOpens = () => opens.mock.calls.filter((call) => call[1] !== undefined).length;
    await startSession();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await loadTop3()).toEqual(stored.top3);
    expect(await loadProgress()).toEqual(stored.progress);
    expect(await loadSetting('homeScreenTipDismissed')).toBe(true);
    expect(await loadSetting('textSize')).toBeUndefined();
    expect(await loadPractice()).toEqual(stored.practice);
    expect(dexieOpens()).toBe(0);
    // Asked together, as home does: one open of the database for all of them.
    const plainOpens = () => opens.mock.calls.length - dexieOpens();
    const before = plainOpens();
    const together = await Promise.all([loadTop3(), loadProgress(), loadSetting('homeScreenTipDismissed'), loadPractice()]);
    expect(together).toEqual([stored.top3, stored.progress, true, stored.practice]);
    expect(plainOpens() - before).toBe(1);

    await saveSetting('homeScreenTipDismissed', false);
    expect(dexieOpens()).toBe(1);
    // A read after a write sees it.
    expect(await loadSetting('homeScreenTipDismissed')).toBe(false);
  });

  it('a first write after a newer version upgraded the database says the page is outdated, and writes nothing', async () => {
    await chooseMode('own');
    await saveSetting('homeScreenTipDismissed', true);
    await resetStorageForTests();
    await startSession();
    // Another tab, on a newer version of the app, upgrades the database (this page has no Dexie open to be told).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, (Math.max(...Object.values(DB_VERSION)) + 1) * 10);
      request.addEventListener('success', () => {
        request.result.close();
        resolve();
      });
      request.addEventListener('error', () => reject(request.error));
    });
    expect(storageProblem()).toBeNull();
    void saveSetting('homeScreenTipDismissed', false);
    await vi.waitFor(() => expect(storageProblem()).toBe('outdated'));
    expect(await readPlainEntry('own', 'setting', 'homeScreenTipDismissed')).toEqual({ value: true });
  });

  it('finds nothing on a new device without creating the database', async () => {
    expect(await readPlainEntries('own', 'answer', 'a/')).toEqual([]);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });
});
