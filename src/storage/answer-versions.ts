// When two tabs write the same answer, both texts are kept. A write carries the version of the
// answer its tab last saw (`seen`); a stored answer that tab never saw, and that says something
// else, becomes an earlier version first. The writing tab wins because its text is what the
// client is looking at and typing into: the other text stays one tap away ("Zet terug").
import { answerKey } from './saver.ts';
import type { AnswerValue, AnswerVersion, StoredAnswer } from './types.ts';

/** What this tab last saw stored: a version's updatedAt, null for "nothing stored", undefined when it never looked. */
export type Seen = number | null | undefined;

export function isEmptyAnswer(value: AnswerValue): boolean {
  switch (value.kind) {
    case 'text':
      return value.text.trim() === '';
    case 'picked':
      return value.picked.length === 0;
    case 'contacts':
      return value.rows.length === 0;
    default:
      return false;
  }
}

export const sameValue = (a: AnswerValue, b: AnswerValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Where an earlier version is kept: next to its answer, one per version. */
export const versionKey = (version: StoredAnswer): string => `${answerKey(version)}#${version.updatedAt}`;

/**
 * The stored answer to keep as an earlier version before `next` is written, or null.
 * A write from a tab that never read the answer (`seen` undefined, e.g. a rescue after a reload)
 * is not checked: it was typed over what was stored when that page was open.
 */
export function earlierToKeep(stored: StoredAnswer | undefined, next: StoredAnswer, seen: Seen, now: number): AnswerVersion | null {
  if (!stored || seen === undefined || stored.updatedAt === seen) return null;
  if (isEmptyAnswer(stored.value) || sameValue(stored.value, next.value)) return null;
  return { ...stored, keptAt: now };
}

/** Putting an earlier version back: it becomes the answer, and the answer it replaces is kept. */
export function planRestore(
  current: StoredAnswer | undefined,
  version: AnswerVersion,
  now: number,
): { answer: StoredAnswer; kept: AnswerVersion | null } {
  const { keptAt: _keptAt, ...earlier } = version;
  const answer = { ...earlier, updatedAt: now };
  const kept = current && !isEmptyAnswer(current.value) && !sameValue(current.value, answer.value) ? { ...current, keptAt: now } : null;
  return { answer, kept };
}
