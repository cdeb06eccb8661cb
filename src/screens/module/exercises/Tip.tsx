import { useT } from '../../../app/context.ts';
import type { TipBlock } from '../../../content/types.ts';
import { AddToTop3 } from '../../top3/AddToTop3.tsx';
import { KindIcon } from './KindIcon.tsx';

export function Tip({ moduleId, tip }: { moduleId: string; tip: TipBlock }) {
  const t = useT();
  return (
    <div class="tip">
      <p class="exercise-kind">
        <KindIcon kind="tip" />
        {t('exercise.tip')}
      </p>
      <p class="tip-text">{tip.text}</p>
      <AddToTop3 text={tip.text} source={{ moduleId, exerciseId: tip.id }} />
    </div>
  );
}
