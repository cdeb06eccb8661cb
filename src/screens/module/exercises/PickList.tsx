import { useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { blocksText, inlineText } from '../../../content/text.ts';
import type { ListExercise } from '../../../content/types.ts';
import { saveAnswer } from '../../../storage/index.ts';
import { Inlines, TextBlocks } from '../../../ui/RichText.tsx';
import { useAnswer } from '../../../ui/use-answer.ts';
import { AddToTop3 } from '../../top3/AddToTop3.tsx';
import { ExerciseFrame } from './ExerciseFrame.tsx';

/** Checklist (tick any) and choose (pick at most N; picked items can go to the top 3). */
export function PickList({ moduleId, exercise }: { moduleId: string; exercise: ListExercise }) {
  const t = useT();
  const { value } = useAnswer(moduleId, exercise.id);
  const picked = value?.kind === 'picked' ? value.picked.filter((i) => i < exercise.options.length) : [];
  const isChoose = exercise.t === 'choose';
  const full = isChoose && picked.length >= exercise.pick;
  const labels = exercise.options.map(inlineText);
  // A pick too many is not silently ignored: the count line says why (it is a live region).
  const [tooMany, setTooMany] = useState(false);

  const toggle = (index: number, on: boolean, box: HTMLInputElement) => {
    if (on && full) {
      box.checked = false;
      return setTooMany(true);
    }
    setTooMany(false);
    const next = on ? [...picked, index].sort((a, b) => a - b) : picked.filter((i) => i !== index);
    saveAnswer({
      moduleId,
      exerciseId: exercise.id,
      prompt: blocksText(exercise.prompt).join(' '),
      value: { kind: 'picked', picked: next, labels: next.map((i) => labels[i] ?? '') },
    });
  };

  return (
    <ExerciseFrame
      moduleId={moduleId}
      exercise={exercise}
      kindLabel={isChoose ? t('exercise.choose', { count: exercise.pick }) : t('exercise.checklist')}
      prompt={<TextBlocks blocks={exercise.prompt} />}
    >
      <fieldset aria-labelledby={`q-${exercise.id}`}>
        {isChoose && (
          <p class={tooMany ? 'hint notice' : 'hint'} id={`${exercise.id}-count`} aria-live="polite">
            {tooMany
              ? t('a11y.pickedEnough', { max: exercise.pick })
              : t('exercise.chosenCount', { count: picked.length, max: exercise.pick })}
          </p>
        )}
        {exercise.options.map((option, index) => {
          const checked = picked.includes(index);
          return (
            <div class="option" key={index}>
              <input
                autocomplete="off"
                type="checkbox"
                id={`${exercise.id}-${index}`}
                checked={checked}
                aria-describedby={full && !checked ? `${exercise.id}-count` : undefined}
                onChange={(event) => toggle(index, event.currentTarget.checked, event.currentTarget)}
              />
              <label for={`${exercise.id}-${index}`} class={full && !checked ? 'not-now' : undefined}>
                <Inlines content={option} />
              </label>
            </div>
          );
        })}
      </fieldset>
      {isChoose && picked.length > 0 && (
        <div class="to-top3">
          <p>{t('exercise.chosenToTop3')}</p>
          <ul class="plain">
            {picked.map((index) => (
              <li key={index} class="to-top3-item">
                <span>{labels[index]}</span>
                <AddToTop3 text={labels[index] ?? ''} source={{ moduleId, exerciseId: exercise.id }} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </ExerciseFrame>
  );
}
