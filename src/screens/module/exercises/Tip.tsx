import { useT } from '../../../app/context.ts';
import type { TipBlock } from '../../../content/types.ts';
import { AddToTop3 } from '../../top3/AddToTop3.tsx';

export function Tip({ moduleId, tip }: { moduleId: string; tip: TipBlock }) {
  const t = useT();
  return (
    <div class="tip">
      <p class="exercise-kind">{t('exercise.tip')}</p>
      <p class="tip-text">{tip.text}</p>
      <AddToTop3 text={tip.text} source={{ moduleId, exerciseId: tip.id }} />
    </div>
  );
}
