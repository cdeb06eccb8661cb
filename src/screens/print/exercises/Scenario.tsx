import type { ScenarioExercise } from '../../../content/types.ts';
import type { ExerciseProps } from '../types.ts';
import { Mark, PrintBlocks, PrintInlines } from '../paper.tsx';
export function ScenarioPrint({ exercise, stored, input }: ExerciseProps<ScenarioExercise>) {
  const { t } = input;
  const chosen = stored?.kind === 'scenario' ? stored.choice : null;
  const chosenChoice = chosen === null ? undefined : exercise.choices[chosen];
  return (
    <>
      <p class="pb-label">{t('exercise.scenario')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{t('print.tickScenario')}</p>}
      <ul class="pb-options">
        {exercise.choices.map((choice, index) => (
          <li key={index} class={chosen === index ? 'picked' : undefined}>
            <Mark on={chosen === index} />
            <span>
              <PrintInlines content={choice.label} />
              {chosen === index && <span class="pb-your-choice"> ({t('print.yourChoice')})</span>}
              {input.trainer && (
                <span class="pb-choice-feedback">
                  <span class="pb-choice-feedback-label">{t('print.feedbackFor')}: </span>
                  <PrintInlines content={choice.feedback} />
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {chosenChoice && !input.trainer && (
        <div class="pb-feedback">
          <p class="pb-feedback-title">{t('exercise.feedback')}</p>
          <p>
            <PrintInlines content={chosenChoice.feedback} />
          </p>
        </div>
      )}
    </>
  );
}
