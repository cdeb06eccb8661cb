import { useT } from '../../../app/context.ts';
import { inlineText } from '../../../content/text.ts';
import type { ReflectionExercise } from '../../../content/types.ts';
import { MAX_ANSWER_CHARS, saveAnswer, type AnswerValue } from '../../../storage/index.ts';
import { Inlines, TextBlocks } from '../../../ui/RichText.tsx';
import { ExerciseFrame } from './ExerciseFrame.tsx';

export function Reflection({ moduleId, exercise, stored }: { moduleId: string; exercise: ReflectionExercise; stored?: AnswerValue }) {
  const t = useT();
  const initial = stored?.kind === 'text' ? stored.text : '';
  const inputId = `a-${exercise.id}`;
  return (
    <ExerciseFrame
      moduleId={moduleId}
      exerciseId={exercise.id}
      kindLabel={t('exercise.reflection')}
      prompt={
        <label for={inputId}>
          <Inlines content={exercise.prompt} />
        </label>
      }
    >
      {exercise.hint.length > 0 && (
        <div class="hint" id={`${inputId}-hint`}>
          <TextBlocks blocks={exercise.hint} />
        </div>
      )}
      <textarea
        autocomplete="off"
        id={inputId}
        rows={Math.min(Math.max(exercise.lines, 3), 8)}
        defaultValue={initial}
        maxLength={MAX_ANSWER_CHARS}
        aria-describedby={exercise.hint.length > 0 ? `${inputId}-hint` : undefined}
        onInput={(event) =>
          saveAnswer({
            moduleId,
            exerciseId: exercise.id,
            prompt: inlineText(exercise.prompt),
            value: { kind: 'text', text: event.currentTarget.value },
          })
        }
      />
    </ExerciseFrame>
  );
}
