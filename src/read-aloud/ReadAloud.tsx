import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import { currentReading, onReading, pauseReading, resumeReading, setSlow, startReading, stopReading, type Reading } from './reader.ts';
import type { ComponentType } from 'preact';
import type { Icon as IconType } from './icons.tsx';
import type { Part } from './ReadAloudButton.tsx';
import './read-aloud.css';

interface Props {
  /** What is read: the whole page (from its heading) or the exercise this button sits in. */
  part: Part;
  /** From ReadAloudButton.tsx (see there): the app's live region (ui/announce.ts), the button's place, the button, the note, the icons. */
  tell: (text: string) => void;
  place: { float: string; margin: string };
  StartButton: ComponentType<{ part: Part; onClick: () => void }>;
  FailedNote: ComponentType;
  Icon: typeof IconType;
  /** The button was pressed before this chunk was there. */
  startAtOnce: boolean;
}

/**
 * "Lees voor": one calm button; once reading, pause / go on, stop and slower appear in its place.
 * Each change is told once to screen readers (not each sentence). Reading stops when the button
 * leaves the page (another page, another screen).
 */
export function ReadAloud({ part, tell, startAtOnce, place, StartButton, FailedNote, Icon }: Props) {
  const t = useT();
  const [owner] = useState(() => ({}));
  const [reading, setReading] = useState<Reading>(currentReading);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => onReading(setReading), []);
  useEffect(() => () => void (currentReading().owner === owner && stopReading()), [owner]);

  const mine = reading.owner === owner;
  const state = mine ? reading.state : { kind: 'idle' as const };
  const active = state.kind === 'loading' || state.kind === 'reading';

  // Say each change once; the buttons keep the focus where the person was.
  const told = mine ? tellOf(reading) : null;
  useEffect(() => {
    if (told) tell(t(`readAloud.${told}`));
  }, [told, t, tell]);
  // The button that was pressed may be gone ("Lees voor" becomes the controls, and back):
  // then focus goes to its successor instead of falling to the page.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) box.current?.querySelector<HTMLButtonElement>(`[data-control="${active ? 'stop' : 'start'}"]`)?.focus();
  }, [active]);

  const start = () => {
    const root = part === 'page' ? box.current?.closest('main') : box.current?.closest('.exercise');
    if (root) void startReading(owner, root);
  };
  const paused = state.kind === 'reading' && state.paused;
  useEffect(() => {
    if (startAtOnce) start();
    // Once, when the chunk arrives after a press.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <div
        class={`read-aloud read-aloud-${part}`}
        ref={box}
        role="group"
        aria-label={t('readAloud.controls')}
        style={active ? undefined : place}
      >
        {!active && <StartButton part={part} onClick={start} />}
        {active && (
          <>
            {state.kind === 'loading' ? (
              <span class="read-aloud-loading">
                {t('readAloud.loading')}
                {state.fraction !== null && (
                  <progress max={1} value={state.fraction} aria-label={t('readAloud.loading')}>
                    {Math.round(state.fraction * 100)} %
                  </progress>
                )}
              </span>
            ) : (
              <button
                type="button"
                class="button secondary"
                data-control="pause"
                onClick={() => (paused ? resumeReading() : pauseReading())}
              >
                <Icon name={paused ? 'play' : 'pause'} /> {t(paused ? 'readAloud.resume' : 'readAloud.pause')}
              </button>
            )}
            <button type="button" class="button secondary" data-control="stop" onClick={stopReading}>
              <Icon name="stop" /> {t('readAloud.stop')}
            </button>
            <button type="button" class="button secondary" aria-pressed={reading.slow} onClick={() => setSlow(!reading.slow)}>
              {t('readAloud.slower')}
            </button>
          </>
        )}
      </div>
      {state.kind === 'failed' && <FailedNote />}
    </>
  );
}

/** What to tell a screen reader for this state, or null (nothing new to tell). */
function tellOf({ state }: Reading): string | null {
  switch (state.kind) {
    case 'loading':
      return 'loading';
    case 'reading':
      return state.paused ? 'paused' : 'reading';
    case 'failed':
      return 'failed';
    case 'idle':
      return state.ended ?? null;
  }
}
