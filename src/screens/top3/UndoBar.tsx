import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { announce } from '../../ui/announce.ts';
import { focusHeading } from '../../ui/screen.ts';

/** How long a removal or replacement can be undone (WCAG 3.3.4). */
export const UNDO_MS = 10_000;

interface Offer {
  message: string;
  run: () => Promise<void>;
}

export interface Undo {
  offer: (message: string, run: () => Promise<void>) => void;
  current: Offer | null;
  clear: () => void;
}

/** A change that can be taken back for a few seconds: the message is told once, focus goes to "Undo". */
export function useUndo(): Undo {
  const [current, setCurrent] = useState<Offer | null>(null);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setCurrent(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return {
    current,
    clear: () => setCurrent(null),
    offer: (message, run) => {
      setCurrent({ message, run });
      announce(message);
    },
  };
}

export function UndoBar({ undo }: { undo: Undo }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const offer = undo.current;
  useEffect(() => {
    if (offer) button.current?.focus();
  }, [offer]);
  // When the offer ends while its button has focus, focus goes to the heading rather than nowhere.
  useEffect(() => {
    const shown = button.current;
    return () => {
      setTimeout(() => {
        const active = document.activeElement;
        if (shown && (active === shown || active === document.body)) focusHeading();
      }, 0);
    };
  }, [offer]);
  if (!offer) return null;
  return (
    <p class="undo-bar">
      <span>{offer.message}</span>
      <button
        ref={button}
        type="button"
        class="button secondary"
        onClick={() => {
          undo.clear();
          void offer.run();
        }}
      >
        {t('a11y.undo')}
      </button>
    </p>
  );
}
