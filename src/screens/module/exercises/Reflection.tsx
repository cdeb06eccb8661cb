import { useT } from '../../../app/context.ts';
import { inlineText } from '../../../content/text.ts';
import type { ReflectionExercise } from '../../../content/types.ts';
import { MAX_ANSWER_CHARS, saveAnswer } from '../../../storage/index.ts';
import { Inlines, TextBlocks } from '../../../ui/RichText.tsx';
import { useAnswer } from '../../../ui/use-answer.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';

export function Reflection({ moduleId, exercise }: { moduleId: string; exercise: ReflectionExercise }) {
  const t = useT();
  const { value } = useAnswer(moduleId, exercise.id);
  // Controlled: what the client types is at once the newest value, so this equals the box and the caret stays.
  const text = value?.kind === 'text' ? value.text : '';
  const inputId = `a-${exercise.id}`;
  return (
    <ExerciseFrame
      moduleId={moduleId}
      exercise={exercise}
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
        value={text}
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
