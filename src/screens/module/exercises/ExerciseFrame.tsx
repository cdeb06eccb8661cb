import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { SessionContext } from '../../../app/session.ts';
import { useStorageProblem } from '../../../app/StorageBanners.tsx';
import { SaveFileButton } from '../../my-data/SaveFileButton.tsx';
import type { Exercise } from '../../../content/types.ts';
import { answerKey, onSaveState, saveStateOf, type SaveState } from '../../../storage/index.ts';
import { useAnswer } from '../../../ui/use-answer.ts';
import { EarlierVersions } from '../../answers/EarlierVersions.tsx';
import { KindIcon } from './KindIcon.tsx';
import { ReadAloudButton } from '../../../read-aloud/ReadAloudButton.tsx';

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
      <ReadAloudButton part="exercise" />
      <p class="exercise-kind">
        <KindIcon kind={exercise.t} />
        {kindLabel}
      </p>
      <div class="exercise-prompt" id={headingId}>
        {prompt}
      </div>
      {children}
      {saves && <SaveStatus moduleId={moduleId} exerciseId={exerciseId} />}
      <EarlierVersions versions={versions} exercise={exercise} />
    </section>
  );
}

/**
 * "Saved" appears only once the write has completed, and never where nothing is kept (memory only).
 * A failed save says why when it can (a full phone, an outdated page) and keeps trying.
 */
function SaveStatus({ moduleId, exerciseId }: { moduleId: string; exerciseId: string }) {
  const t = useT();
  const key = answerKey({ moduleId, exerciseId });
  const [state, setState] = useState<SaveState | undefined>(() => saveStateOf(moduleId, exerciseId));
  useEffect(() => onSaveState((changed, next) => changed === key && setState(next)), [key]);
  const memoryOnly = useContext(SessionContext)?.storage === 'memory';
  const problem = useStorageProblem();
  // Only the outcome is told (once per pause in typing); "saving…" is for the eyes only.
  const saved = memoryOnly ? `⚠ ${t('safety.memoryOnly')}` : `✓ ${t('save.saved')}`;
  const failed =
    problem === 'full' ? `⚠ ${t('safety.fullShort')}` : problem === 'outdated' ? `⚠ ${t('safety.outdatedShort')}` : `⚠ ${t('save.failed')}`;
  const told = state === 'saved' ? saved : state === 'failed' ? failed : '';
  return (
    <p class={`save-status ${state ?? ''}`}>
      {(state === 'pending' || state === 'saving') && <span aria-hidden="true">{t('save.saving')}</span>}
      <span role="status">{told}</span>
      {state === 'failed' && problem === 'full' && <SaveFileButton />}
    </p>
  );
}
