// Answers grouped per module, each with its question and the page it is on: for "Mijn
// antwoorden" and for the closing moment after a module.
import { blocksText, inlineText } from '../../content/text.ts';
import { EXERCISE_KINDS, type Exercise, type Language } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import type { StoredAnswer } from '../../storage/index.ts';

export interface Group {
  moduleId: string;
  title: string;
  /** page: where the question is in its module (1-based), to link back to it. */
  current: { exercise: Exercise; answer: StoredAnswer; page: number }[];
  /** Answers to questions the module no longer has. */
  older: StoredAnswer[];
}

export function promptOf(exercise: Exercise): string {
  return exercise.t === 'reflection' ? inlineText(exercise.prompt) : blocksText(exercise.prompt).join(' ');
}

/** The groups in the order of the workbook, the answers in the order of their module. */
export async function groupAnswers(answers: StoredAnswer[], language: Language): Promise<Group[]> {
  const moduleIds = [...new Set(answers.map((a) => a.moduleId))];
  const order = (id: string) => modules.find((m) => m.id === id)?.order ?? Number.MAX_SAFE_INTEGER;
  moduleIds.sort((a, b) => order(a) - order(b));
  return Promise.all(
    moduleIds.map(async (moduleId) => {
      const loaded = await loadModuleText(moduleId, language);
      const isExercise = (b: { t: string }): b is Exercise => (EXERCISE_KINDS as readonly string[]).includes(b.t);
      const pageOf = new Map<string, number>();
      loaded?.text.sections.forEach((section, index) => section.blocks.filter(isExercise).forEach((e) => pageOf.set(e.id, index + 1)));
      const exercises = (loaded?.text.sections.flatMap((s) => s.blocks) ?? []).filter(isExercise);
      const mine = answers.filter((a) => a.moduleId === moduleId);
      const byId = new Map(mine.map((a) => [a.exerciseId, a]));
      const current = exercises.flatMap((exercise) => {
        const answer = byId.get(exercise.id);
        return answer ? [{ exercise, answer, page: pageOf.get(exercise.id) ?? 1 }] : [];
      });
      const known = new Set(exercises.map((e) => e.id));
      return {
        moduleId,
        title: loaded?.text.title ?? moduleId,
        current,
        older: mine.filter((a) => !known.has(a.exerciseId)),
      };
    }),
  );
}
