import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, WorkbookDB } from '../../src/storage/db.ts';
import { waitAfterWrongTries } from '../../src/storage/wait.ts';
import {
  chooseMode,
  closeProfile,
  createProfile,
  flushAnswers,
  loadAnswers,
  loadTop3,
  openProfile,
  removeAllProfiles,
  saveAnswer,
  saveTop3,
  sessionState,
  setOwnPin,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';

beforeEach(wipeDevice);

async function rawEntries(): Promise<string> {
  const db = new WorkbookDB(DB_NAME);
  await db.open();
  const rows = await db.entries.toArray();
  db.close();
  // Everything stored, with sealed bytes as text, as someone with the browser's storage tools would see it.
  return JSON.stringify(rows, (_key, value) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value,
  );
}

describe('profiles on a class tablet', () => {
  it("keeps each profile's answers apart and sealed, readable only with its PIN", async () => {
    await chooseMode('class');
    await createProfile('Sam', 'blue', '1357');
    saveAnswer({ moduleId: 'm', exerciseId: 'q', prompt: 'Vraag', value: { kind: 'text', text: 'Geheim van Sam' } });
    await flushAnswers();
    await saveTop3([{ text: 'Tip van Sam', addedAt: 1 }]);
    await closeProfile();

    await createProfile('Noor', 'green', '2468');
    expect(await loadAnswers()).toEqual([]);
    expect(await loadTop3()).toEqual([]);
    saveAnswer({ moduleId: 'm', exerciseId: 'q', prompt: 'Vraag', value: { kind: 'text', text: 'Antwoord van Noor' } });
    await flushAnswers();
    await closeProfile();

    const stored = await rawEntries();
    expect(stored).not.toContain('Geheim van Sam');
    expect(stored).not.toContain('Tip van Sam');
    expect(stored).not.toContain('Antwoord van Noor');

    const sam = (await sessionState()).profiles.find((p) => p.name === 'Sam')!;
    expect(await openProfile(sam.id, '2468')).toEqual({ ok: false, waitMs: 0 });
    expect((await sessionState()).active).toBeNull();
    expect((await openProfile(sam.id, '1357')).ok).toBe(true);
    expect((await loadAnswers()).map((a) => a.value)).toEqual([{ kind: 'text', text: 'Geheim van Sam' }]);
    expect((await loadTop3())[0]?.text).toBe('Tip van Sam');
  });

  it('makes wrong PINs wait longer after three tries, also after a reload', async () => {
    await chooseMode('class');
    await createProfile('Sam', 'blue', '1357');
    await closeProfile();
    const { id } = (await sessionState()).profiles[0]!;
    for (let i = 0; i < 2; i++) expect(await openProfile(id, '0000')).toEqual({ ok: false, waitMs: 0 });
    expect(await openProfile(id, '0000')).toEqual({ ok: false, waitMs: waitAfterWrongTries(3) });
    // Even the right PIN waits now.
    const waiting = await openProfile(id, '1357');
    expect(waiting.ok).toBe(false);
    expect(waiting.waitMs).toBeGreaterThan(25_000);
    expect(waitAfterWrongTries(4)).toBe(2 * waitAfterWrongTries(3));
  });

  it('removes every profile and all of their data at the end of the course', async () => {
    await chooseMode('class');
    await createProfile('Sam', 'blue', '1357');
    saveAnswer({ moduleId: 'm', exerciseId: 'q', prompt: 'Vraag', value: { kind: 'text', text: 'x' } });
    await flushAnswers();
    await removeAllProfiles();
    expect((await sessionState()).profiles).toEqual([]);
    expect(await rawEntries()).toBe('[]');
  });
});

describe('own device with a PIN', () => {
  it('seals existing answers when a PIN is set, and opens them again with the PIN', async () => {
    await chooseMode('own');
    saveAnswer({ moduleId: 'm', exerciseId: 'q', prompt: 'Vraag', value: { kind: 'text', text: 'Mijn dagboek' } });
    await flushAnswers();
    expect(await rawEntries()).toContain('Mijn dagboek');
    await setOwnPin('9753');
    expect(await rawEntries()).not.toContain('Mijn dagboek');
    await closeProfile();
    expect((await sessionState()).ownHasPin).toBe(true);
    expect((await openProfile('own', '9753')).ok).toBe(true);
    expect((await loadAnswers())[0]?.value).toEqual({ kind: 'text', text: 'Mijn dagboek' });
    await setOwnPin(null);
    expect(await rawEntries()).toContain('Mijn dagboek');
  });
});
