import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerSaver, FAILED_RETRY_MS, SAVE_DELAY_MS, type SaveState } from '../../src/storage/saver.ts';
import type { StoredAnswer } from '../../src/storage/types.ts';

const answer = (text: string, exerciseId = 'vraag'): StoredAnswer => ({
  moduleId: 'proef',
  exerciseId,
  prompt: 'Vraag?',
  value: { kind: 'text', text },
  updatedAt: 1,
});
const textOf = (a: StoredAnswer) => (a.value.kind === 'text' ? a.value.text : '');

describe('AnswerSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, shortly after the last keystroke, and only then says "saved"', async () => {
    const writes: string[][] = [];
    const saver = new AnswerSaver(async (list) => void writes.push(list.map(textOf)));
    const states: SaveState[] = [];
    saver.subscribe((_key, state) => states.push(state));
    saver.queue(answer('h'));
    saver.queue(answer('ha'));
    saver.queue(answer('hal'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(writes).toEqual([]);
    expect(saver.state('proef/vraag')).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([['hal']]);
    expect(saver.state('proef/vraag')).toBe('saved');
    expect(states.at(-1)).toBe('saved');
    expect(states).not.toContain('failed');
  });

  it('flush() writes at once (pagehide, before an update)', async () => {
    const write = vi.fn(async (_answers: StoredAnswer[]) => {});
    const saver = new AnswerSaver(write);
    saver.queue(answer('a', 'een'));
    saver.queue(answer('b', 'twee'));
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toHaveLength(2);
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('retries a failed write, shows "failed" while keeping the newest text, and saves it later', async () => {
    let failing = true;
    const stored: string[] = [];
    const saver = new AnswerSaver(async (list) => {
      if (failing) throw new DOMException('full', 'QuotaExceededError');
      stored.push(...list.map(textOf));
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    saver.queue(answer('mijn tekst'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 250 + 1000 + 3000);
    expect(saver.state('proef/vraag')).toBe('failed');
    expect(saver.hasFailures).toBe(true);
    expect(saver.allUnsaved().map(textOf)).toEqual(['mijn tekst']);

    failing = false;
    await vi.advanceTimersByTimeAsync(FAILED_RETRY_MS);
    expect(stored).toEqual(['mijn tekst']);
    expect(saver.state('proef/vraag')).toBe('saved');
    expect(saver.allUnsaved()).toEqual([]);
  });

  it('text typed during a slow write is saved next, and not reported saved too early', async () => {
    let release: () => void = () => {};
    const stored: string[] = [];
    const saver = new AnswerSaver(async (list) => {
      await new Promise<void>((done) => (release = done));
      stored.push(...list.map(textOf));
    });
    saver.queue(answer('eerste'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    saver.queue(answer('eerste en meer'));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['eerste']);
    expect(saver.state('proef/vraag')).toBe('pending');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(stored).toEqual(['eerste', 'eerste en meer']);
    expect(saver.state('proef/vraag')).toBe('saved');
  });
});
