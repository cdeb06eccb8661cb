import type { ListExercise } from '../../../content/types.ts';
import type { ExerciseProps } from '../types.ts';
import { Mark, PrintBlocks, PrintInlines } from '../paper.tsx';
export function PickListPrint({ exercise, stored, input }: ExerciseProps<ListExercise>) {
  const { t } = input;
  const picked = new Set(stored?.kind === 'picked' ? stored.picked : []);
  const isChoose = exercise.t === 'choose';
  return (
    <>
      <p class="pb-label">{isChoose ? t('exercise.choose', { count: exercise.pick }) : t('exercise.checklist')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{isChoose ? t('print.tickMost', { count: exercise.pick }) : t('print.tickAll')}</p>}
      <ul class="pb-options">
        {exercise.options.map((option, index) => (
          <li key={index} class={picked.has(index) ? 'picked' : undefined}>
            <Mark on={picked.has(index)} />
            <span>
              <PrintInlines content={option} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
