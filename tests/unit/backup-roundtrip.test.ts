// Every file the app makes, it opens again, deep-equal: long answers, every kind of Unicode,
// the most answers a file may hold, with and without a password (issue 8, case 3).
import { describe, expect, it } from 'vitest';
import { makeBackupFile, readBackupFile, type BackupData } from '../../src/storage/backup.ts';
import {
  EXPECTED_MAX_EXERCISES,
  MAX_ANSWER_CHARS,
  MAX_ANSWERS,
  MAX_CONTACT_NAME_CHARS,
  MAX_CONTACT_NOTE_CHARS,
  MAX_CONTACT_PHONE_CHARS,
  MAX_CONTACT_ROWS,
  MAX_IMPORT_BYTES,
} from '../../src/storage/limits.ts';
import type { AnswerValue, StoredAnswer } from '../../src/storage/types.ts';

/** Kinds of text a client might type or paste. */
const UNICODE_CLASSES: Record<string, string[]> = {
  ascii: ['Ik ', 'wil ', 'a', 'Z', '0', '!', '"', '\\', '/', '<b>', '&amp;', '{"x":1}'],
  dutch: ['é', 'ë', 'ï', 'ĳ', 'Ĳ', 'ü', 'ç'],
  emoji: ['😀', '👍🏽', '👩‍👩‍👧', '🏳️‍🌈', '❤️', '🇳🇱'],
  rtl: ['שלום', 'مرحبا', '\u200f', '\u200e', '\u202e', '\u2066'],
  combining: ['e\u0301', 'n\u0303', 'a\u0308\u0304', '\u0336', 'Z\u0351\u0352\u0353'],
  loneSurrogates: ['\ud800', '\udbff', '\udc00', '\udfff', 'x\ud83dy'],
  control: ['\u0000', '\u0001', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff'],
};
const ALL_PIECES = Object.values(UNICODE_CLASSES).flat();

/** A small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function textOf(next: () => number, maxLength: number, pieces = ALL_PIECES): string {
  const length = Math.floor(next() * maxLength);
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

function valueOf(next: () => number, exercise: number): AnswerValue {
  switch (exercise % 5) {
    case 0:
      return { kind: 'text', text: textOf(next, 2000) };
    case 1:
      return { kind: 'picked', picked: [0, 2, 5], labels: [textOf(next, 80), textOf(next, 80), textOf(next, 80)] };
    case 2:
      return { kind: 'scale', value: 3, label: textOf(next, 40), steps: 5 };
    case 3:
      return { kind: 'scenario', choice: 1, label: textOf(next, 200) };
    default:
      return {
        kind: 'contacts',
        rows: Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
          name: textOf(next, MAX_CONTACT_NAME_CHARS),
          phone: textOf(next, MAX_CONTACT_PHONE_CHARS),
          note: textOf(next, MAX_CONTACT_NOTE_CHARS),
        })),
      };
  }
}

const answer = (index: number, value: AnswerValue, prompt = 'Vraag?'): StoredAnswer => ({
  moduleId: `module-${index % 9}`,
  exerciseId: `vraag-${index}`,
  prompt,
  value,
  updatedAt: 1_700_000_000_000 + index,
});

function workbook(seed: number, answers: number): BackupData {
  const next = random(seed);
  return {
    answers: Array.from({ length: answers }, (_, i) => answer(i, valueOf(next, i), textOf(next, 300))),
    top3: [0, 1, 2].map((i) => ({
      text: textOf(next, 160),
      addedAt: i,
      ...(i === 1 ? { source: { moduleId: 'a', exerciseId: 'b' } } : {}),
    })),
    progress: [{ moduleId: 'module-1', page: 3, furthest: 7, done: false, updatedAt: 5 }],
  };
}

async function roundTrip(data: BackupData, password: string | null): Promise<BackupData> {
  const result = await readBackupFile(await makeBackupFile(data, '1.0.0', password), password);
  if (!result.ok) throw new Error(`the file was refused: ${result.problem}`);
  return result.data;
}

describe('a backup file round trip', { timeout: 120_000 }, () => {
  it('keeps random workbooks with every kind of Unicode exactly (30 seeds, no password)', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const data = workbook(seed, 40);
      expect(await roundTrip(data, null), `seed ${seed}`).toEqual(data);
    }
  });

  it('keeps random workbooks exactly with a password (4 seeds)', async () => {
    for (let seed = 101; seed <= 104; seed++) {
      const data = workbook(seed, 40);
      expect(await roundTrip(data, 'zomer2026'), `seed ${seed}`).toEqual(data);
    }
  });

  it('keeps an answer of the longest length the text box takes, of each Unicode class, with and without a password', async () => {
    const next = random(7);
    const answers = Object.entries(UNICODE_CLASSES).map(([, pieces], i) => {
      let text = '';
      while (text.length < MAX_ANSWER_CHARS) text += pieces[Math.floor(next() * pieces.length)];
      return answer(i, { kind: 'text', text: text.slice(0, MAX_ANSWER_CHARS) });
    });
    const data: BackupData = { answers, top3: [], progress: [] };
    expect(answers.every((a) => a.value.kind === 'text' && a.value.text.length === MAX_ANSWER_CHARS)).toBe(true);
    expect(await roundTrip(data, null)).toEqual(data);
    expect(await roundTrip(data, 'zomer2026')).toEqual(data);
  });

  it('keeps the most answers a file may hold, and the most contacts, with and without a password', async () => {
    const data: BackupData = {
      answers: Array.from({ length: MAX_ANSWERS }, (_, i) =>
        i === 0
          ? answer(i, {
              kind: 'contacts',
              rows: Array.from({ length: MAX_CONTACT_ROWS }, () => ({
                name: 'n'.repeat(MAX_CONTACT_NAME_CHARS),
                phone: '0'.repeat(MAX_CONTACT_PHONE_CHARS),
                note: 'é'.repeat(MAX_CONTACT_NOTE_CHARS),
              })),
            })
          : answer(i, { kind: 'text', text: `Antwoord ${i} 😀` }),
      ),
      top3: [],
      progress: [],
    };
    expect(await roundTrip(data, null)).toEqual(data);
    expect(await roundTrip(data, 'zomer2026')).toEqual(data);
  });

  it('refuses what the app could never have made: one character too many, one answer too many', async () => {
    const tooLong: BackupData = { answers: [answer(0, { kind: 'text', text: 'x'.repeat(MAX_ANSWER_CHARS + 1) })], top3: [], progress: [] };
    expect(await readBackupFile(await makeBackupFile(tooLong, '1', null), null)).toEqual({ ok: false, problem: 'damaged' });
    const tooMany: BackupData = {
      answers: Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => answer(i, { kind: 'text', text: 'x' })),
      top3: [],
      progress: [],
    };
    expect(await readBackupFile(await makeBackupFile(tooMany, '1', null), null)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('the largest file allowed holds a workbook where every exercise has the longest answer, in 3-byte characters, with a password', async () => {
    const text = 'ĳ'.repeat(MAX_ANSWER_CHARS);
    expect(new Blob([text]).size).toBe(2 * MAX_ANSWER_CHARS);
    const worst = '€'.repeat(MAX_ANSWER_CHARS);
    const one = await makeBackupFile({ answers: [answer(0, { kind: 'text', text: worst })], top3: [], progress: [] }, '1', 'zomer2026');
    expect(new Blob([one]).size * EXPECTED_MAX_EXERCISES).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
  });
});
