// Two tabs of one profile, as two connections to one database (fake-indexeddb): whatever order
// their writes land in, no text is lost, and the top 3 keeps what both added.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { earlierToKeep, planRestore } from '../../src/storage/answer-versions.ts';
import type { StorageBackend } from '../../src/storage/backend.ts';
import { deriveKey, newRecipe } from '../../src/storage/crypto.ts';
import { WorkbookDB } from '../../src/storage/db.ts';
import { openDatabase, profileBackend } from '../../src/storage/device-backend.ts';
import type { StoredAnswer } from '../../src/storage/types.ts';

const NAME = 'two-tabs-test';
const text = (value: string, updatedAt: number): StoredAnswer => ({
  moduleId: 'm',
  exerciseId: 'x',
  prompt: 'Vraag',
  value: { kind: 'text', text: value },
  updatedAt,
});
const textOf = (a: StoredAnswer | undefined) => (a?.value.kind === 'text' ? a.value.text : undefined);

describe('which stored answer a write keeps as an earlier version', () => {
  it('keeps a stored answer the writing tab never saw, unless it says nothing new', () => {
    const stored = text('van tab A', 10);
    expect(earlierToKeep(stored, text('van tab B', 20), null, 30)).toEqual({ ...stored, keptAt: 30 });
    expect(earlierToKeep(stored, text('van tab B', 20), 5, 30)).toEqual({ ...stored, keptAt: 30 });
    // Seen: the tab typed over it.
    expect(earlierToKeep(stored, text('van tab B', 20), 10, 30)).toBeNull();
    // Same text, or nothing to lose.
    expect(earlierToKeep(stored, text('van tab A', 20), null, 30)).toBeNull();
    expect(earlierToKeep(text('  ', 10), text('van tab B', 20), null, 30)).toBeNull();
    expect(earlierToKeep(undefined, text('van tab B', 20), null, 30)).toBeNull();
    // A write from a page that never read the answer (the rescue after a reload) is not checked.
    expect(earlierToKeep(stored, text('van tab B', 20), undefined, 30)).toBeNull();
  });

  it('putting a version back keeps the answer it replaces', () => {
    const { answer, kept } = planRestore(text('nu', 20), { ...text('eerder', 10), keptAt: 20 }, 30);
    expect(answer).toEqual(text('eerder', 30));
    expect(kept).toEqual({ ...text('nu', 20), keptAt: 30 });
    expect(planRestore(text('eerder', 20), { ...text('eerder', 10), keptAt: 20 }, 30).kept).toBeNull();
  });
});

for (const sealed of [false, true]) {
  describe(`two tabs on one database (${sealed ? 'profile with a PIN' : 'own device'})`, () => {
    let dbs: WorkbookDB[] = [];
    let tabA: StorageBackend;
    let tabB: StorageBackend;

    beforeEach(async () => {
      dbs = [await openDatabase(NAME), await openDatabase(NAME)];
      const key = sealed ? await deriveKey('1357', newRecipe(1000)) : null;
      [tabA, tabB] = dbs.map((db) => profileBackend(db, 'p', key)) as [StorageBackend, StorageBackend];
    });
    afterEach(async () => {
      dbs.forEach((db) => db.close());
      await WorkbookDB.delete(NAME);
    });

    it('a tab writing over an answer it never saw keeps the other text as an earlier version', async () => {
      expect(await tabA.putAnswers([text('van tab A', 10)], () => null)).toEqual([]);
      const kept = await tabB.putAnswers([text('van tab B', 20)], () => null);
      expect(kept.map(textOf)).toEqual(['van tab A']);
      for (const tab of [tabA, tabB]) {
        expect((await tab.answers('m')).map(textOf)).toEqual(['van tab B']);
        expect((await tab.answerVersions('m')).map(textOf)).toEqual(['van tab A']);
      }
      // Tab A saw B's answer and writes on: nothing more to keep.
      expect(await tabA.putAnswers([text('van tab B, verder', 30)], () => 20)).toEqual([]);
      expect((await tabA.answerVersions()).map(textOf)).toEqual(['van tab A']);
    });

    it('two writes at the same moment: one is the answer, the other an earlier version', async () => {
      await Promise.all([tabA.putAnswers([text('A tegelijk', 10)], () => null), tabB.putAnswers([text('B tegelijk', 11)], () => null)]);
      const answer = textOf((await tabA.answers())[0]);
      const versions = (await tabA.answerVersions()).map(textOf);
      expect([answer, ...versions].sort()).toEqual(['A tegelijk', 'B tegelijk']);
    });

    it('putting an earlier version back swaps it with the answer; nothing is deleted', async () => {
      await tabA.putAnswers([text('van tab A', 10)], () => null);
      await tabB.putAnswers([text('van tab B', 20)], () => null);
      const [version] = await tabA.answerVersions();
      await tabA.restoreVersion(version!, 30);
      expect((await tabB.answers()).map(textOf)).toEqual(['van tab A']);
      expect((await tabB.answerVersions()).map(textOf)).toEqual(['van tab B']);
    });

    it('the top 3 keeps what both tabs added, also at the same moment', async () => {
      const add = (item: string) => (list: { text: string; addedAt: number }[]) => [...list, { text: item, addedAt: 1 }];
      await Promise.all([tabA.changeTop3(add('tegelijk A')), tabB.changeTop3(add('tegelijk B'))]);
      expect((await tabA.top3()).map((i) => i.text).sort()).toEqual(['tegelijk A', 'tegelijk B']);
      // Tab B still shows the list without what A adds now; its change applies to what is stored then.
      await tabA.changeTop3(add('van A'));
      await tabB.changeTop3((list) => list.filter((i) => i.text !== 'tegelijk B'));
      const texts = (await tabA.top3()).map((i) => i.text);
      expect(texts).toEqual(['tegelijk A', 'van A']);
      // A change that cannot apply writes nothing.
      expect(await tabB.changeTop3(() => null)).toBeNull();
      expect((await tabB.top3()).map((i) => i.text)).toEqual(texts);
    });
  });
}
