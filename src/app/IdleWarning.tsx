import { useEffect, useRef } from 'preact/hooks';
import { useT } from './context.ts';

/** Shown 30 seconds before the workbook locks itself: one calm sentence and one button. */
export function IdleWarning({ onStillHere }: { onStillHere: () => void }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  // Nobody has used the page for a while, so moving the focus interrupts no one.
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="idle-warning" role="alertdialog" aria-labelledby="idle-warning-text" aria-modal="false">
      <p id="idle-warning-text">{t('tabletSafety.idleWarning')}</p>
      <button ref={button} type="button" class="button primary" onClick={onStillHere}>
        {t('tabletSafety.stillHere')}
      </button>
    </div>
  );
}
