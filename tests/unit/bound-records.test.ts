// What IndexedDB holds for a PIN profile, and what happens to records someone else wrote there.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEAL_BUCKET_BYTES } from '../../src/storage/crypto.ts';
import { DB_NAME, WorkbookDB, type EntryRow } from '../../src/storage/db.ts';
import {
  chooseMode,
  closeProfile,
  createProfile,
  flushAnswers,
  loadAnswers,
  loadSetting,
  loadTop3,
  openProfile,
  saveAnswer,
  saveSetting,
  saveTop3,
  sessionState,
} from '../../src/storage/index.ts';
import { MAX_WAIT_MS } from '../../src/storage/wait.ts';
import { wipeDevice } from '../wipe-device.ts';

beforeEach(wipeDevice);
afterEach(() => vi.restoreAllMocks());

async function withDatabase<T>(use: (db: WorkbookDB) => Promise<T>): Promise<T> {
  const db = new WorkbookDB(DB_NAME);
  await db.open();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

async function samWithAnAnswer(): Promise<string> {
  await chooseMode('class');
  await createProfile('Sam', 'blue', '1357');
  saveAnswer({ moduleId: 'psychose', exerciseId: 'wat-ik-merkte', prompt: 'Vraag', value: { kind: 'text', text: 'Mijn eigen antwoord' } });
  await flushAnswers();
  await closeProfile();
  return (await sessionState()).profiles[0]!.id;
}

describe('records of a PIN profile', () => {
  it('show neither which exercises were answered nor how long the answers are', async () => {
    await chooseMode('class');
    await createProfile('Sam', 'blue', '1357');
    saveAnswer({ moduleId: 'psychose', exerciseId: 'kort', prompt: 'Vraag', value: { kind: 'text', text: 'ja' } });
    saveAnswer({ moduleId: 'psychose', exerciseId: 'lang', prompt: 'Vraag', value: { kind: 'text', text: 'x'.repeat(60) } });
    await flushAnswers();
    await saveTop3([{ text: 'Tip', addedAt: 1 }]);
    await saveSetting('language', 'nl');
    const rows = await withDatabase((db) => db.entries.toArray());
    const names = JSON.stringify(rows.map((row) => row.key));
    expect(names).not.toMatch(/psychose|kort|lang|list|language/);
    const sizes = rows.map((row) => row.sealed!.data.byteLength);
    // AES-GCM adds a 16-byte tag to the padded text.
    for (const size of sizes) expect((size - 16) % SEAL_BUCKET_BYTES).toBe(0);
    const answerSizes = rows.filter((row) => row.kind === 'answer').map((row) => row.sealed!.data.byteLength);
    expect(new Set(answerSizes).size).toBe(1);
    // And everything still reads back.
    expect((await loadAnswers('psychose')).map((a) => a.exerciseId).sort()).toEqual(['kort', 'lang']);
    expect(await loadAnswers('other')).toEqual([]);
    expect((await loadTop3())[0]?.text).toBe('Tip');
    expect(await loadSetting('language')).toBe('nl');
  });

  it('skips planted and moved records, counts them, and never shows them as the person’s own', async () => {
    const id = await samWithAnAnswer();
    await withDatabase(async (db) => {
      const own = (await db.entries.where('profileId').equals(id).toArray())[0]!;
      const planted: EntryRow[] = [
        // Written in the clear, as the browser's developer tools allow.
        {
          profileId: id,
          kind: 'answer',
          key: 'psychose/wat-ik-merkte',
          plain: {
            moduleId: 'psychose',
            exerciseId: 'wat-ik-merkte',
            prompt: 'Vraag',
            value: { kind: 'text', text: 'PLANTED-BY-CLASSMATE' },
            updatedAt: 1,
          },
        },
        { profileId: id, kind: 'top3', key: 'list', plain: [{ text: 'PLANTED-BY-CLASSMATE', addedAt: 1 }] },
        // Sam's own sealed record, copied to another place: it is bound to its own place.
        { ...own, key: 'another-place' },
        { ...own, kind: 'progress' },
      ];
      await db.entries.bulkPut(planted);
    });
    expect((await openProfile(id, '1357')).ok).toBe(true);
    expect((await sessionState()).foreignRecords).toBe(4);
    const answers = await loadAnswers();
    expect(answers.map((a) => a.value)).toEqual([{ kind: 'text', text: 'Mijn eigen antwoord' }]);
    expect(await loadTop3()).toEqual([]);
    expect(JSON.stringify(answers)).not.toContain('PLANTED');
  });

  it('a profile with nothing planted has nothing to report', async () => {
    const id = await samWithAnAnswer();
    expect((await openProfile(id, '1357')).ok).toBe(true);
    expect((await sessionState()).foreignRecords).toBe(0);
  });
});

describe('the wait after wrong PINs', () => {
  it('cannot be skipped by setting the clock forward, nor stretched by setting it back', async () => {
    const id = await samWithAnAnswer();
    for (let i = 0; i < 3; i++) await openProfile(id, '0000');
    const year = 365 * 24 * 3600_000;
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + year);
    const forward = await openProfile(id, '1357');
    expect(forward.ok).toBe(false);
    expect(forward.waitMs).toBeGreaterThan(25_000);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() - 2 * year);
    const back = await openProfile(id, '1357');
    expect(back.waitMs).toBeLessThanOrEqual(30_000);
  });

  it('is never longer than 15 minutes, and the trainer can clear it', async () => {
    const id = await samWithAnAnswer();
    await withDatabase((db) => db.profiles.update(id, { wrongTries: 40, waitLeftMs: 31_535_999_000 }));
    const result = await openProfile(id, '1357');
    expect(result.waitMs).toBeLessThanOrEqual(MAX_WAIT_MS);
    expect((await sessionState()).profiles[0]!.waiting).toBe(true);
    const { clearProfileWait } = await import('../../src/storage/index.ts');
    await clearProfileWait(id);
    expect((await sessionState()).profiles[0]!.waiting).toBe(false);
    expect((await openProfile(id, '1357')).ok).toBe(true);
  });
});
