import { describe, expect, it, beforeEach, vi } from 'vitest';
import { LiveAnswers, type LiveSource } from '../../src/storage/live-answers.ts';
import type { AnswerVersion, StoredAnswer } from '../../src/storage/types.ts';
import { wipeDevice } from '../wipe-device.ts';
import { answerNow, chooseMode, flushAnswers, loadModuleAnswers, onAnswerChange, saveAnswer } from '../../src/storage/index.ts';
import { openDatabase, profileBackend } from '../../src/storage/device-backend.ts';
import { DB_NAME } from '../../src/storage/db.ts';

const text = (value: string, updatedAt: number, exerciseId = 'x'): StoredAnswer => ({
  moduleId: 'm',
  exerciseId,
  prompt: 'Vraag',
  value: { kind: 'text', text: value },
  updatedAt,
});
const textOf = (a: StoredAnswer | undefined) => (a?.value.kind === 'text' ? a.value.text : undefined);

/** A stored module that "another tab" changes, and this tab's unsaved keys. */
function fakeSource() {
  const state = {
    answers: [] as StoredAnswer[],
    versions: [] as AnswerVersion[],
    unsaved: new Set<string>(),
    gate: null as Promise<void> | null,
  };
  const source: LiveSource = {
    read: async () => {
      const snapshot = { answers: [...state.answers], versions: [...state.versions] };
      await state.gate;
      return snapshot;
    },
    hasUnsaved: (key) => state.unsaved.has(key),
    waiting: () => [],
  };
  return { state, source };
}

describe('the live answers of the open profile', () => {
  it('shows what was typed at once, and what another tab wrote once this tab has nothing unsaved', async () => {
    const { state, source } = fakeSource();
    const heard: string[] = [];
    const live = new LiveAnswers(source, (key) => heard.push(key));
    state.answers = [text('opgeslagen', 1)];
    await live.load('m');
    expect(textOf(live.answer('m/x'))).toBe('opgeslagen');
    expect(live.seen('m/x')).toBe(1);
    expect(live.seen('m/nieuw')).toBeUndefined();

    live.edit(text('getypt', 2));
    state.unsaved.add('m/x');
    expect(textOf(live.answer('m/x'))).toBe('getypt');
    // Another tab wrote meanwhile: this tab keeps what it is typing (its write keeps the other text).
    state.answers = [text('van de andere tab', 3)];
    await live.refresh(['m/x']);
    expect(textOf(live.answer('m/x'))).toBe('getypt');
    expect(live.seen('m/x')).toBe(1);

    state.unsaved.clear();
    state.answers = [text('getypt', 2)];
    state.versions = [{ ...text('van de andere tab', 3), keptAt: 4 }];
    live.written([text('getypt', 2)], state.versions);
    expect(live.seen('m/x')).toBe(2);
    expect(live.versions('m/x').map(textOf)).toEqual(['van de andere tab']);

    // Nothing unsaved here: a change in another tab shows.
    state.answers = [text('weer de andere tab', 5)];
    await live.refresh();
    expect(textOf(live.answer('m/x'))).toBe('weer de andere tab');
    expect(live.seen('m/x')).toBe(5);
    expect(heard.filter((key) => key === 'm/x').length).toBeGreaterThanOrEqual(4);
  });

  it('a read that started before typing never undoes the typing', async () => {
    const { state, source } = fakeSource();
    const live = new LiveAnswers(source, () => {});
    await live.load('m');
    let open: () => void = () => {};
    state.gate = new Promise((done) => (open = done));
    state.answers = [];
    const reading = live.refresh();
    live.edit(text('net getypt', 2));
    live.written([text('net getypt', 2)], []);
    open();
    await reading;
    expect(textOf(live.answer('m/x'))).toBe('net getypt');
  });

  it('typing into an answer before it was read counts as not having seen what is stored', () => {
    const live = new LiveAnswers(fakeSource().source, () => {});
    live.edit(text('te vroeg', 1));
    expect(live.seen('m/x')).toBeNull();
  });
});

describe('live answers through the storage API', () => {
  beforeEach(async () => {
    await wipeDevice();
    await chooseMode('own');
  });

  it('saveAnswer is the newest answer at once, and a message from another tab brings its change', async () => {
    await loadModuleAnswers('m');
    saveAnswer({ moduleId: 'm', exerciseId: 'x', prompt: 'Vraag', value: { kind: 'text', text: 'hier getypt' } });
    expect(textOf(answerNow('m', 'x'))).toBe('hier getypt');
    await flushAnswers();

    // Another tab: its own connection writes, then tells by the channel (keys only).
    const db = await openDatabase(DB_NAME);
    await profileBackend(db, 'own', null).putAnswers([text('uit de andere tab', Date.now() + 1)], () => answerNow('m', 'x')?.updatedAt);
    const changed = vi.fn();
    const stop = onAnswerChange(changed);
    const channel = new BroadcastChannel('zinvol-online');
    // A BroadcastChannel has no target origin (the rule is about window.postMessage).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    channel.postMessage({ kind: 'data', profileId: 'own', topics: ['answers'], keys: ['m/x'] });
    await vi.waitFor(() => expect(textOf(answerNow('m', 'x'))).toBe('uit de andere tab'));
    expect(changed).toHaveBeenCalledWith('m/x');
    stop();
    channel.close();
    db.close();
  });
});
