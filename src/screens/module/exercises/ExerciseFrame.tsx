import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import type { Exercise } from '../../../content/types.ts';
import { answerKey, onSaveState, saveStateOf, type SaveState } from '../../../storage/index.ts';
import { useAnswer } from '../../../ui/use-answer.ts';
import { EarlierVersions } from '../../answers/EarlierVersions.tsx';

interface Props {
  moduleId: string;
  exercise: Exercise;
  kindLabel: string;
  /** The question; rendered as the exercise's heading. */
  prompt: ComponentChildren;
  children: ComponentChildren;
  /** When the exercise stores no answer (a tip), no save status is shown. */
  saves?: boolean;
}

export function ExerciseFrame({ moduleId, exercise, kindLabel, prompt, children, saves = true }: Props) {
  const exerciseId = exercise.id;
  const headingId = `q-${exerciseId}`;
  const { versions } = useAnswer(moduleId, exerciseId);
  return (
    <section class="exercise" aria-labelledby={headingId} data-exercise={exerciseId}>
      <p class="exercise-kind">{kindLabel}</p>
      <div class="exercise-prompt" id={headingId}>
        {prompt}
      </div>
      {children}
      {saves && <SaveStatus moduleId={moduleId} exerciseId={exerciseId} />}
      <EarlierVersions versions={versions} exercise={exercise} />
    </section>
  );
}

/** "Saved" appears only once the write has completed; a failed save says so and keeps trying. */
function SaveStatus({ moduleId, exerciseId }: { moduleId: string; exerciseId: string }) {
  const t = useT();
  const key = answerKey({ moduleId, exerciseId });
  const [state, setState] = useState<SaveState | undefined>(() => saveStateOf(moduleId, exerciseId));
  useEffect(() => onSaveState((changed, next) => changed === key && setState(next)), [key]);
  return (
    <p class={`save-status ${state ?? ''}`} role="status" aria-live="polite">
      {state === 'saved' && <>✓ {t('save.saved')}</>}
      {(state === 'pending' || state === 'saving') && t('save.saving')}
      {state === 'failed' && <>⚠ {t('save.failed')}</>}
    </p>
  );
}
