import { useRef } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { blocksText, inlineText } from '../../../content/text.ts';
import type { ScenarioExercise } from '../../../content/types.ts';
import { saveAnswer } from '../../../storage/index.ts';
import { Inlines, TextBlocks } from '../../../ui/RichText.tsx';
import { useAnswer } from '../../../ui/use-answer.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';

/** A situation with choices; the feedback of the chosen choice appears below it. */
export function Scenario({ moduleId, exercise }: { moduleId: string; exercise: ScenarioExercise }) {
  const t = useT();
  const stored = useAnswer(moduleId, exercise.id).value;
  const choice = stored?.kind === 'scenario' && stored.choice < exercise.choices.length ? stored.choice : null;
  const chosen = choice === null ? undefined : exercise.choices[choice];
  const feedback = useRef<HTMLDivElement>(null);
  const choose = (index: number) => {
    // On a phone the feedback may appear below the screen: bring it into view.
    requestAnimationFrame(() =>
      feedback.current?.scrollIntoView?.({
        block: 'nearest',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      }),
    );
    saveAnswer({
      moduleId,
      exerciseId: exercise.id,
      prompt: blocksText(exercise.prompt).join(' '),
      value: { kind: 'scenario', choice: index, label: inlineText(exercise.choices[index]?.label ?? []) },
    });
  };
  return (
    <ExerciseFrame
      moduleId={moduleId}
      exercise={exercise}
      kindLabel={t('exercise.scenario')}
      prompt={<TextBlocks blocks={exercise.prompt} />}
    >
      <fieldset aria-labelledby={`q-${exercise.id}`}>
        <legend class="visually-hidden">{t('exercise.scenarioQuestion')}</legend>
        {exercise.choices.map((option, index) => (
          <div class="option" key={index}>
            <input
              autocomplete="off"
              type="radio"
              name={`scenario-${exercise.id}`}
              id={`${exercise.id}-${index}`}
              checked={choice === index}
              onChange={() => choose(index)}
            />
            <label for={`${exercise.id}-${index}`}>
              <Inlines content={option.label} />
            </label>
          </div>
        ))}
      </fieldset>
      <div class="feedback" aria-live="polite" ref={feedback}>
        {chosen && (
          <>
            <p class="feedback-title">{t('exercise.feedback')}</p>
            <p>
              <Inlines content={chosen.feedback} />
            </p>
            <p class="hint">{t('exercise.tryOther')}</p>
          </>
        )}
      </div>
    </ExerciseFrame>
  );
}
