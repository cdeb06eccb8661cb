import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeDevice } from '../wipe-device.ts';
import {
  flushAnswers,
  loadAnswers,
  loadProgress,
  loadSetting,
  loadTop3,
  resetStorageForTests,
  saveAnswer,
  saveProgress,
  saveSetting,
  saveTop3,
  storageMode,
  chooseMode,
  onStorageChange,
} from '../../src/storage/index.ts';
import { DB_NAME, WorkbookDB } from '../../src/storage/db.ts';

beforeEach(async () => {
  await wipeDevice();
  await chooseMode('own');
});

describe('storage on the device', () => {
  it('keeps answers by module and exercise id, and reads them back after the database is reopened', async () => {
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag x', value: { kind: 'text', text: 'Hallo' } });
    saveAnswer({ moduleId: 'a', exerciseId: 'y', prompt: 'Vraag y', value: { kind: 'scale', value: 2, label: 'Gewoon', steps: 5 } });
    saveAnswer({ moduleId: 'b', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'picked', picked: [0, 2], labels: ['Een', 'Drie'] } });
    await flushAnswers();
    await resetStorageForTests();
    expect(await storageMode()).toBe('device');
    const inA = await loadAnswers('a');
    expect(inA.map((a) => a.exerciseId).sort()).toEqual(['x', 'y']);
    expect(inA.find((a) => a.exerciseId === 'x')?.value).toEqual({ kind: 'text', text: 'Hallo' });
    expect(await loadAnswers()).toHaveLength(3);
  });

  it('shows an answer that is still waiting to be written', async () => {
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'eerst' } });
    await flushAnswers();
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'nieuwer' } });
    expect((await loadAnswers('a'))[0]?.value).toEqual({ kind: 'text', text: 'nieuwer' });
    await flushAnswers();
  });

  it('keeps the top 3 in order, at most three', async () => {
    await saveTop3([1, 2, 3, 4].map((n) => ({ text: `tip ${n}`, addedAt: n })));
    expect((await loadTop3()).map((i) => i.text)).toEqual(['tip 1', 'tip 2', 'tip 3']);
    await saveTop3([
      { text: 'tip 3', addedAt: 3 },
      { text: 'tip 1', addedAt: 1 },
    ]);
    expect((await loadTop3()).map((i) => i.text)).toEqual(['tip 3', 'tip 1']);
  });

  it('remembers progress and where to go on', async () => {
    await saveProgress({ moduleId: 'a', page: 2, furthest: 3, done: false });
    expect(await loadProgress()).toEqual([expect.objectContaining({ moduleId: 'a', page: 2, furthest: 3, done: false })]);
    expect(await loadSetting('lastPlace')).toEqual({ moduleId: 'a', page: 2 });
    await saveSetting('textSize', 'larger');
    expect(await loadSetting('textSize')).toBe('larger');
    expect(localStorage.getItem('zinvol:textSize')).toBe('larger');
  });

  it('stores answers in the tables of the named schema', async () => {
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'direct' } });
    await flushAnswers();
    const db = new WorkbookDB(DB_NAME);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['device', 'entries', 'modules', 'profiles']);
    expect(await db.entries.get(['own', 'answer', 'a/x'])).toMatchObject({ plain: { prompt: 'Vraag', value: { text: 'direct' } } });
    db.close();
  });
});

describe('change notices', () => {
  it('tell screens only about what changed: typing an answer does not make the top 3 read again', async () => {
    const heard: string[] = [];
    const stopTop3 = onStorageChange(() => heard.push('top3'), ['top3']);
    const stopAnswers = onStorageChange(() => heard.push('answers'), ['answers']);
    saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'typen' } });
    await flushAnswers();
    expect(heard).toEqual(['answers']);
    await saveTop3([{ text: 'tip', addedAt: 1 }]);
    expect(heard).toEqual(['answers', 'top3']);
    stopTop3();
    stopAnswers();
  });
});

describe('when IndexedDB cannot be opened', () => {
  it('falls back to memory and still works for this visit', async () => {
    // As in some private modes: opening any database is refused.
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      await resetStorageForTests();
      expect(await storageMode()).toBe('memory');
      saveAnswer({ moduleId: 'a', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'tijdelijk' } });
      await flushAnswers();
      expect((await loadAnswers('a'))[0]?.value).toEqual({ kind: 'text', text: 'tijdelijk' });
      await saveTop3([{ text: 'een', addedAt: 1 }]);
      expect(await loadTop3()).toHaveLength(1);
    } finally {
      console.warn = warn;
    }
  });
});
