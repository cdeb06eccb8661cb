// Every mistake in a module file becomes one Problem: where, what, and how to fix it.
// Authors are not programmers, so the text of each problem is written for them.

export interface Problem {
  file: string;
  line: number;
  message: string;
  fix: string;
}

export class ProblemList {
  readonly items: Problem[] = [];

  constructor(private readonly file: string) {}

  add(line: number, message: string, fix: string): void {
    this.items.push({ file: this.file, line, message, fix });
  }

  forFile(file: string): ProblemList {
    const other = new ProblemList(file);
    // Share one array so that problems of all files end up in one list.
    (other as { items: Problem[] }).items = this.items;
    return other;
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}. Fix: ${problem.fix}`;
}
