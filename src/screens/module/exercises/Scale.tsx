import { useT } from '../../../app/context.ts';
import { blocksText, inlineText } from '../../../content/text.ts';
import type { ScaleExercise } from '../../../content/types.ts';
import { saveAnswer } from '../../../storage/index.ts';
import { Face } from '../../../ui/Face.tsx';
import { Inlines, TextBlocks } from '../../../ui/RichText.tsx';
import { useAnswer } from '../../../ui/use-answer.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';

export function Scale({ moduleId, exercise }: { moduleId: string; exercise: ScaleExercise }) {
  const t = useT();
  const stored = useAnswer(moduleId, exercise.id).value;
  const value = stored?.kind === 'scale' && stored.value < exercise.labels.length ? stored.value : null;
  const choose = (index: number) => {
    saveAnswer({
      moduleId,
      exerciseId: exercise.id,
      prompt: blocksText(exercise.prompt).join(' '),
      value: { kind: 'scale', value: index, label: inlineText(exercise.labels[index] ?? []), steps: exercise.labels.length },
    });
  };
  return (
    <ExerciseFrame moduleId={moduleId} exercise={exercise} kindLabel={t('exercise.scale')} prompt={<TextBlocks blocks={exercise.prompt} />}>
      <fieldset class={`scale steps-${exercise.labels.length}`} aria-labelledby={`q-${exercise.id}`}>
        {exercise.labels.map((label, index) => (
          <div class="scale-step" key={index}>
            <input
              autocomplete="off"
              type="radio"
              name={`scale-${exercise.id}`}
              id={`${exercise.id}-${index}`}
              checked={value === index}
              onChange={() => choose(index)}
            />
            <label for={`${exercise.id}-${index}`}>
              {exercise.faces && <Face step={index} />}
              <span class="scale-number" aria-hidden="true">
                {index + 1}
              </span>
              <span class="scale-label">
                <Inlines content={label} />
              </span>
            </label>
          </div>
        ))}
      </fieldset>
    </ExerciseFrame>
  );
}
