import type { ReflectionExercise } from '../../../content/types.ts';
import type { AnswerValue } from '../../../storage/index.ts';
import { answerPieces, writingLines } from '../options.ts';
import { PrintBlocks, PrintInlines, WritingLines } from '../paper.tsx';
import type { BookletInput, Piece } from '../types.ts';

export function reflectionPieces(exercise: ReflectionExercise, stored: AnswerValue | undefined, input: BookletInput): Piece[] {
  const { t } = input;
  const answer = stored?.kind === 'text' ? answerPieces(stored.text) : [];
  const question = () => (
    <>
      <p class="pb-label">{t('exercise.reflection')}</p>
      <p class="pb-question">
        <PrintInlines content={exercise.prompt} />
      </p>
      {exercise.hint.length > 0 && (
        <div class="pb-hint">
          <PrintBlocks blocks={exercise.hint} depth={1} />
        </div>
      )}
    </>
  );
  if (answer.length === 0) {
    return [
      {
        keep: false,
        gap: 'block',
        render: () => (
          <>
            {question()}
            <WritingLines count={writingLines(exercise.lines)} />
          </>
        ),
      },
    ];
  }
  // The question with the start of the answer; the rest of a long answer may go on over the page.
  return answer.map((paragraph, index) => ({
    keep: false,
    gap: 'block',
    render: () => (
      <>
        {index === 0 && question()}
        <p class="pb-answer">{paragraph}</p>
      </>
    ),
  }));
}
