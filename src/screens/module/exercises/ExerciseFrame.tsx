import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { answerKey, onSaveState, saveStateOf, type SaveState } from '../../../storage/index.ts';

interface Props {
  moduleId: string;
  exerciseId: string;
  kindLabel: string;
  /** The question; rendered as the exercise's heading. */
  prompt: ComponentChildren;
  children: ComponentChildren;
  /** When the exercise stores no answer (a tip), no save status is shown. */
  saves?: boolean;
}

export function ExerciseFrame({ moduleId, exerciseId, kindLabel, prompt, children, saves = true }: Props) {
  const headingId = `q-${exerciseId}`;
  return (
    <section class="exercise" aria-labelledby={headingId} data-exercise={exerciseId}>
      <p class="exercise-kind">{kindLabel}</p>
      <div class="exercise-prompt" id={headingId}>
        {prompt}
      </div>
      {children}
      {saves && <SaveStatus moduleId={moduleId} exerciseId={exerciseId} />}
    </section>
  );
}

/** "Saved" appears only once the write has completed; a failed save says so and keeps trying. */
function SaveStatus({ moduleId, exerciseId }: { moduleId: string; exerciseId: string }) {
  const t = useT();
  const key = answerKey({ moduleId, exerciseId });
  const [state, setState] = useState<SaveState | undefined>(() => saveStateOf(moduleId, exerciseId));
  useEffect(() => onSaveState((changed, next) => changed === key && setState(next)), [key]);
  // Only the outcome is told (once per pause in typing); "saving…" is for the eyes only.
  const told = state === 'saved' ? `✓ ${t('save.saved')}` : state === 'failed' ? `⚠ ${t('save.failed')}` : '';
  return (
    <p class={`save-status ${state ?? ''}`}>
      {(state === 'pending' || state === 'saving') && <span aria-hidden="true">{t('save.saving')}</span>}
      <span role="status">{told}</span>
    </p>
  );
}
