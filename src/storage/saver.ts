// Saves answers shortly after the client stops typing, and never claims "saved" before
// the write has completed. A failed write is retried; the text stays on screen meanwhile.
import type { StoredAnswer } from './types.ts';

export type SaveState = 'pending' | 'saving' | 'saved' | 'failed';
type Listener = (key: string, state: SaveState) => void;

export const SAVE_DELAY_MS = 300;
/** Waits between tries of one save; after the last one the save shows as failed. */
export const RETRY_DELAYS_MS = [250, 1000, 3000];
/** After a save has failed, try again this often, as long as there is something to save. */
export const FAILED_RETRY_MS = 5000;

export const answerKey = (a: { moduleId: string; exerciseId: string }) => `${a.moduleId}/${a.exerciseId}`;

export class AnswerSaver {
  private readonly pending = new Map<string, StoredAnswer>();
  /** The batch being written now: not safe until the write is confirmed (a reload can still end it). */
  private readonly writing = new Map<string, StoredAnswer>();
  private readonly states = new Map<string, SaveState>();
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  constructor(
    private readonly write: (answers: StoredAnswer[]) => Promise<void>,
    private readonly wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
    /** Hears every failed write; 'stop' skips the quick retries (a full disk will not be empty in a second). */
    private readonly onFailure: (error: unknown) => 'retry' | 'stop' = () => 'retry',
  ) {}

  queue(answer: StoredAnswer): void {
    const key = answerKey(answer);
    this.pending.set(key, answer);
    this.setState(key, 'pending');
    this.schedule(SAVE_DELAY_MS);
  }

  /** Writes everything that waits now: on pagehide, before an update, before leaving a page. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    this.running = this.writeBatch();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Everything typed and not yet confirmed written, newest first-hand (for the rescue copy, see rescue.ts). */
  allUnsaved(): StoredAnswer[] {
    return [...new Map([...this.writing, ...this.pending]).values()];
  }

  state(key: string): SaveState | undefined {
    return this.states.get(key);
  }

  get hasFailures(): boolean {
    return [...this.states.values()].includes('failed');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async writeBatch(): Promise<void> {
    const batch = new Map(this.pending);
    this.pending.clear();
    batch.forEach((answer, key) => this.writing.set(key, answer));
    batch.forEach((_answer, key) => this.setState(key, 'saving'));
    const answers = [...batch.values()];
    for (let attempt = 0; ; attempt++) {
      try {
        await this.write(answers);
        this.writing.clear();
        // A newer value typed during the write stays pending; only the rest is "saved".
        batch.forEach((_answer, key) => this.pending.has(key) || this.setState(key, 'saved'));
        return;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined || this.onFailure(error) === 'stop') {
          console.warn('Saving answers failed', error);
          this.giveBack(batch);
          return;
        }
        await this.wait(delay);
      }
    }
  }

  private giveBack(batch: Map<string, StoredAnswer>): void {
    this.writing.clear();
    batch.forEach((answer, key) => {
      if (!this.pending.has(key)) this.pending.set(key, answer);
      this.setState(key, 'failed');
    });
    this.schedule(FAILED_RETRY_MS);
  }

  private setState(key: string, state: SaveState): void {
    this.states.set(key, state);
    this.listeners.forEach((listener) => listener(key, state));
  }
}
