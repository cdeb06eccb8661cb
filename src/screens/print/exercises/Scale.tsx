import type { ScaleExercise } from '../../../content/types.ts';
import type { ExerciseProps } from '../types.ts';
import { Face } from '../../../ui/Face.tsx';
import { PrintBlocks, PrintInlines } from '../paper.tsx';
export function ScalePrint({ exercise, stored, input }: ExerciseProps<ScaleExercise>) {
  const { t } = input;
  const chosen = stored?.kind === 'scale' ? stored.value : null;
  return (
    <>
      <p class="pb-label">{t('exercise.scale')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{t('print.circle')}</p>}
      <ol class="pb-scale" style={{ '--steps': exercise.labels.length }}>
        {exercise.labels.map((label, index) => (
          <li key={index} class={chosen === index ? 'picked' : undefined}>
            {exercise.faces && <Face step={index} />}
            <span class="pb-scale-number">{index + 1}</span>
            <span class="pb-scale-label">
              <PrintInlines content={label} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
