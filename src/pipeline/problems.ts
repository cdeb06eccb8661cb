// Every mistake in a module file becomes one Problem: where, what, and how to fix it.
// Authors are not programmers, so each problem is a key into MESSAGES (Dutch and English).
import type { Language } from '../content/types.ts';
import { MESSAGES, type MessageKey, type MessageParams } from './messages.ts';

export interface Problem {
  file: string;
  line: number;
  key: MessageKey;
  params: MessageParams;
  /** A note tells something good to know; it does not stop the module from being used. */
  level: 'problem' | 'note';
}

export class ProblemList {
  readonly items: Problem[] = [];

  /** `offset`: lines above this part in its file (a module file holds module.yml, nl.md and en.md). */
  constructor(
    private readonly file: string,
    private readonly offset = 0,
  ) {}

  add(line: number, key: MessageKey, params: MessageParams = {}): void {
    this.items.push({ file: this.file, line: line + this.offset, key, params, level: 'problem' });
  }

  note(line: number, key: MessageKey, params: MessageParams = {}): void {
    this.items.push({ file: this.file, line: line + this.offset, key, params, level: 'note' });
  }

  /** A line of this part as a line of its file, for messages that name a second line. */
  lineInFile(line: number): number {
    return line + this.offset;
  }

  forFile(file: string, offset = 0): ProblemList {
    const other = new ProblemList(file, offset);
    // Share one array so that problems of all files end up in one list.
    (other as { items: Problem[] }).items = this.items;
    return other;
  }
}

export const isProblem = (problem: Problem): boolean => problem.level === 'problem';

/** What is wrong and how to fix it, in the author's language. */
export function describeProblem(problem: Problem, language: Language): { message: string; fix: string } {
  const [message, fix] = MESSAGES[problem.key](problem.params)[language];
  return { message, fix };
}

/** One line for the CLI and the build: file:line: what. Fix: how. */
export function formatProblemIn(problem: Problem, language: Language): string {
  const { message, fix } = describeProblem(problem, language);
  const [fixWord, noteWord] = language === 'nl' ? ['Oplossing', 'Let op'] : ['Fix', 'Note'];
  return problem.level === 'note'
    ? `${problem.file}:${problem.line}: ${noteWord}: ${message}. ${fix}`
    : `${problem.file}:${problem.line}: ${message}. ${fixWord}: ${fix}`;
}

export const formatProblem = (problem: Problem): string => formatProblemIn(problem, 'en');

/** The language of the terminal: Dutch when LANG (or LC_ALL) says so, English otherwise. */
export function terminalLanguage(env: Record<string, string | undefined>): Language {
  return /^nl/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'nl' : 'en';
}
