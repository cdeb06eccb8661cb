import { useEffect, useRef } from 'preact/hooks';
import { useT } from './context.ts';

/**
 * Shown 30 seconds before the workbook locks itself: one calm sentence and one button. A modal
 * dialog, so the answers behind it cannot be used (or read by a screen reader) meanwhile, and
 * Escape counts as "I'm still here".
 */
export function IdleWarning({ onStillHere }: { onStillHere: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // Nobody has used the page for a while, so taking the focus interrupts no one.
  useEffect(() => {
    const open = dialog.current;
    open?.showModal();
    return () => open?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="idle-warning"
      role="alertdialog"
      aria-labelledby="idle-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        onStillHere();
      }}
    >
      <p id="idle-warning-text">{t('tabletSafety.idleWarning')}</p>
      <button type="button" class="button primary" onClick={onStillHere}>
        {t('tabletSafety.stillHere')}
      </button>
    </dialog>
  );
}
