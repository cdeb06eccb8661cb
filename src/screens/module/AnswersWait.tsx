import type { ComponentChildren } from 'preact';

/**
 * A page's text shows at once; its answer boxes take input only once the module's stored answers
 * are read. Until then they stand in their place, disabled (a disabled fieldset disables every
 * box and button inside it), so nothing typed can overwrite an answer that was not read yet.
 */
export function AnswersWait({ read, children }: { read: boolean; children: ComponentChildren }) {
  return (
    <fieldset class="answers-wait" disabled={!read} aria-busy={!read}>
      {children}
    </fieldset>
  );
}
