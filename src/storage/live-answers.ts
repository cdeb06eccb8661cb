// The open profile's answers as the screens show them: one live source, so a page shows the
// newest answer whether it is stored, still waiting to be written, or just written by another
// tab. Fed by reads (once per module), by this tab's typing (edit), by finished writes
// (written) and by other tabs (refresh). Screens read it through ui/use-answer.ts.
import type { Seen } from './answer-versions.ts';
import { answerKey } from './saver.ts';
import type { AnswerVersion, StoredAnswer } from './types.ts';

export interface LiveSource {
  /** The stored answers and earlier versions of one module. */
  read(moduleId: string): Promise<{ answers: StoredAnswer[]; versions: AnswerVersion[] }>;
  /** True while this tab has typed something for this answer that is not written yet. */
  hasUnsaved(key: string): boolean;
  /** Answers waiting to be written that did not come through edit() (a rescue after a reload). */
  waiting(): StoredAnswer[];
}

interface Field {
  answer: StoredAnswer | undefined;
  /** The stored version this tab last showed or wrote (see answer-versions.ts). */
  seen: Seen;
  versions: AnswerVersion[];
  /** When this tab last changed the field itself (a tick of `clock`), so a slower read never undoes it. */
  touched: number;
  /** A read found news while this tab was still writing: read again once the write is done. */
  readAgain: boolean;
}

const moduleOf = (key: string) => key.slice(0, key.indexOf('/'));
const sameAnswer = (a: StoredAnswer | undefined, b: StoredAnswer | undefined) =>
  a?.updatedAt === b?.updatedAt && JSON.stringify(a?.value) === JSON.stringify(b?.value);
const byTime = (a: AnswerVersion, b: AnswerVersion) => b.updatedAt - a.updatedAt;

export class LiveAnswers {
  private readonly fields = new Map<string, Field>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly loaded = new Set<string>();
  private clock = 0;

  constructor(
    private readonly source: LiveSource,
    private readonly notify: (key: string) => void,
  ) {}

  /** Reads a module's answers the first time a screen needs them; after that they stay current. */
  load(moduleId: string): Promise<void> {
    let loading = this.loading.get(moduleId);
    if (!loading) {
      loading = this.read(moduleId);
      this.loading.set(moduleId, loading);
      loading.then(
        () => this.loaded.add(moduleId),
        () => this.loading.delete(moduleId),
      );
    }
    return loading;
  }

  /** True once a module's first read is done. */
  isLoaded(moduleId: string): boolean {
    return this.loaded.has(moduleId);
  }

  answer(key: string): StoredAnswer | undefined {
    return this.fields.get(key)?.answer;
  }

  versions(key: string): AnswerVersion[] {
    return this.fields.get(key)?.versions ?? [];
  }

  /** What a write of this answer carries (undefined when this tab never read it). */
  seen(key: string): Seen {
    return this.fields.get(key)?.seen;
  }

  /** The client changed an answer here: it is the newest value from now on. */
  edit(answer: StoredAnswer): void {
    const field = this.field(answerKey(answer));
    field.answer = answer;
    field.touched = ++this.clock;
    this.notify(answerKey(answer));
  }

  /** Answers were written; `kept` are stored answers from other tabs that became earlier versions. */
  written(answers: StoredAnswer[], kept: AnswerVersion[]): void {
    const again = new Set<string>();
    for (const answer of answers) {
      const key = answerKey(answer);
      const field = this.field(key);
      field.seen = answer.updatedAt;
      field.touched = ++this.clock;
      field.versions = [...kept.filter((v) => answerKey(v) === key), ...field.versions].sort(byTime);
      if (field.readAgain) again.add(key);
      field.readAgain = false;
      this.notify(key);
    }
    if (again.size) void this.refresh([...again]).catch((error: unknown) => console.warn('Reading answers again failed', error));
  }

  /** Reads again what another tab changed (all loaded modules when no keys are given). */
  async refresh(keys?: readonly string[]): Promise<void> {
    const modules = keys ? new Set(keys.map(moduleOf)) : new Set(this.loading.keys());
    await Promise.all([...modules].filter((m) => this.loading.has(m)).map((m) => this.read(m)));
  }

  private field(key: string): Field {
    let field = this.fields.get(key);
    if (!field) {
      // Typed into a field before anything was read: any stored answer is one this tab never saw.
      field = { answer: undefined, seen: null, versions: [], touched: 0, readAgain: false };
      this.fields.set(key, field);
    }
    return field;
  }

  private async read(moduleId: string): Promise<void> {
    const startedAt = this.clock;
    const { answers, versions } = await this.source.read(moduleId);
    const stored = new Map(answers.map((a) => [answerKey(a), a]));
    const waiting = new Map(this.source.waiting().map((a) => [answerKey(a), a]));
    const keys = new Set([...stored.keys(), ...versions.map(answerKey)]);
    waiting.forEach((_answer, key) => moduleOf(key) === moduleId && keys.add(key));
    this.fields.forEach((_field, key) => moduleOf(key) === moduleId && keys.add(key));
    for (const key of keys) {
      const field = this.fields.get(key);
      const seen = stored.get(key)?.updatedAt ?? null;
      const next = waiting.get(key) ?? stored.get(key);
      const nextVersions = versions.filter((v) => answerKey(v) === key).sort(byTime);
      if (field && (field.touched > startedAt || this.source.hasUnsaved(key))) {
        // This tab's own edit is newer than what was read: keep it; the write will keep the other text.
        field.readAgain ||= seen !== field.seen;
        continue;
      }
      const changed = !field || !sameAnswer(field.answer, next) || JSON.stringify(field.versions) !== JSON.stringify(nextVersions);
      this.fields.set(key, {
        answer: next,
        seen,
        versions: nextVersions,
        touched: field?.touched ?? 0,
        readAgain: false,
      });
      if (changed) this.notify(key);
    }
  }
}
