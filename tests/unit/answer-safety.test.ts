import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deriveKey, newRecipe } from '../../src/storage/crypto.ts';
import { lostDatabase, noteBackup, noteStoredEntries, backupIsDue } from '../../src/storage/device-note.ts';
import { isQuotaError } from '../../src/storage/failures.ts';
import { dropRescued, RescueKeeper, takeRescued } from '../../src/storage/rescue.ts';
import { AnswerSaver } from '../../src/storage/saver.ts';
import type { StoredAnswer } from '../../src/storage/types.ts';

const answer = (text: string, updatedAt = 1): StoredAnswer => ({
  moduleId: 'proef',
  exerciseId: 'vraag',
  prompt: 'Vraag?',
  value: { kind: 'text', text },
  updatedAt,
});

describe('AnswerSaver and a write under way', () => {
  it('counts an answer as unsaved until its write is confirmed (the rescue copy includes it)', async () => {
    let finish = () => {};
    const saver = new AnswerSaver(() => new Promise<void>((done) => (finish = done)));
    saver.queue(answer('onderweg'));
    const flushing = saver.flush();
    await Promise.resolve();
    expect(saver.state('proef/vraag')).toBe('saving');
    expect(saver.allUnsaved().map((a) => a.value)).toEqual([{ kind: 'text', text: 'onderweg' }]);
    finish();
    await flushing;
    expect(saver.allUnsaved()).toEqual([]);
  });
});

describe('quota errors', () => {
  it('are recognised bare, wrapped by Dexie and as a cause', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted: quota exceeded' })).toBe(true);
    expect(isQuotaError(new DOMException('closed', 'InvalidStateError'))).toBe(false);
  });
});

describe('the rescue copy', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('on a profile with a PIN keeps only a sealed copy, which the same PIN opens after a sign-in', async () => {
    const key = await deriveKey('1357', newRecipe(1000));
    const saver = new AnswerSaver(() => new Promise<void>(() => {}));
    const keeper = new RescueKeeper('sam', key, saver);
    saver.queue(answer('Geheim en nog niet bewaard'));
    await vi.waitFor(() => expect(Object.keys(localStorage).length).toBe(1));
    keeper.writeNow();
    expect(JSON.stringify({ ...localStorage })).not.toContain('Geheim');
    const other = await deriveKey('2468', newRecipe(1000));
    expect(await takeRescued('sam', other)).toEqual([]);
    // Taken on this page itself it is skipped (it is this page's own copy); a next page finds it.
    vi.resetModules();
    const next = await import('../../src/storage/rescue.ts');
    expect((await next.takeRescued('sam', key)).map((a) => a.value)).toEqual([{ kind: 'text', text: 'Geheim en nog niet bewaard' }]);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('picks up the rescue of the version before this one (sessionStorage), once', async () => {
    sessionStorage.setItem('zinvol:unsaved', JSON.stringify([answer('van de vorige versie')]));
    expect((await takeRescued('own', null)).map((a) => a.value)).toEqual([{ kind: 'text', text: 'van de vorige versie' }]);
    expect(await takeRescued('own', null)).toEqual([]);
  });

  it('is removed once everything is written, and with its profile', async () => {
    const saver = new AnswerSaver(async () => {});
    const keeper = new RescueKeeper('own', null, saver);
    saver.queue(answer('kort'));
    keeper.writeNow();
    expect(Object.keys(localStorage)).toHaveLength(1);
    await saver.flush();
    expect(Object.keys(localStorage)).toHaveLength(0);
    saver.queue(answer('nog een'));
    keeper.writeNow();
    dropRescued('own');
    expect(Object.keys(localStorage)).toHaveLength(0);
  });
});

describe('the device note', () => {
  beforeEach(() => localStorage.clear());

  it('tells a lost database from a new device, and keeps no answer text', () => {
    expect(lostDatabase(0)).toBeNull();
    noteStoredEntries(12, 1000);
    expect(lostDatabase(12)).toBeNull();
    expect(lostDatabase(0)).toMatchObject({ entries: 12, lastBackupAt: null });
    noteBackup(2000);
    expect(lostDatabase(0)).toMatchObject({ entries: 12, lastBackupAt: 2000 });
    expect(Object.values({ ...localStorage }).join()).not.toMatch(/vraag|text/);
  });

  it('asks for a backup file after a week of new data', () => {
    noteStoredEntries(3, 0);
    expect(backupIsDue(6 * 24 * 3600 * 1000)).toBe(false);
    expect(backupIsDue(7 * 24 * 3600 * 1000)).toBe(true);
    noteBackup(7 * 24 * 3600 * 1000);
    expect(backupIsDue(30 * 24 * 3600 * 1000)).toBe(false);
  });
});
