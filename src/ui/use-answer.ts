import { useEffect, useState } from 'preact/hooks';
import { answerKey, answerNow, answerVersionsNow, onAnswerChange, type AnswerValue, type AnswerVersion } from '../storage/index.ts';

export interface ShownAnswer {
  /** The newest value this tab knows: stored, still waiting to be written, or from another tab. */
  value: AnswerValue | undefined;
  /** Earlier versions kept when two tabs wrote this answer, newest first. */
  versions: AnswerVersion[];
}

/**
 * One exercise's answer, kept current from the one live source in storage (live-answers.ts).
 * The module's answers must be loaded first (loadModuleAnswers), as ModuleScreen does.
 */
export function useAnswer(moduleId: string, exerciseId: string): ShownAnswer {
  const read = (): ShownAnswer => ({ value: answerNow(moduleId, exerciseId)?.value, versions: answerVersionsNow(moduleId, exerciseId) });
  const [shown, setShown] = useState(read);
  useEffect(() => {
    const key = answerKey({ moduleId, exerciseId });
    setShown(read());
    return onAnswerChange((changed) => changed === key && setShown(read()));
    // read() depends only on these two.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [moduleId, exerciseId]);
  return shown;
}
