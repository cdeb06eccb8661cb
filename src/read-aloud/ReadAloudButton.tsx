import { useEffect, useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import { SPEECH_FOLDER } from '../pwa/caches.ts';
import { announce } from '../ui/announce.ts';
import { Icon } from './icons.tsx';
import type { ReadAloud as ReadAloudType } from './ReadAloud.tsx';

export type Part = 'page' | 'exercise';

/**
 * Where "Lees voor" waits: at the right of the small line above the heading (the module's name, or
 * the exercise's kind), its 44 px reaching into the space around that line, so that it makes no
 * page longer. Inline styles, because the CSS comes with the lazy chunk.
 */
const WAITING_PLACE: Record<Part, { float: string; margin: string }> = {
  page: { float: 'right', margin: '0.3rem 0 -0.75rem 0.5rem' },
  exercise: { float: 'right', margin: '-0.75rem 0 -0.75rem 0.5rem' },
};

function StartButton({ part, onClick }: { part: Part; onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      class="button secondary read-aloud-start"
      data-control="start"
      aria-label={part === 'exercise' ? t('readAloud.startExercise') : undefined}
      onClick={onClick}
    >
      <Icon name="speaker" /> {t('readAloud.start')}
    </button>
  );
}

/**
 * The app reloads when a chunk is missing after an update ('vite:preloadError', src/pwa/register.ts).
 * Offline before its first use, reading aloud's chunk (assets/speech/) is missing for another reason:
 * this listener runs first (capture) and keeps that reload away; the import then fails as usual.
 */
addEventListener(
  'vite:preloadError',
  (event) => {
    if (String((event as Event & { payload?: unknown }).payload).includes(`/assets/${SPEECH_FOLDER}/`)) event.stopImmediatePropagation();
  },
  { capture: true },
);

let loading: Promise<typeof ReadAloudType> | undefined;
function loadReadAloud(): Promise<typeof ReadAloudType> {
  loading ??= import('./ReadAloud.tsx').then((m) => m.ReadAloud);
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * "Lees voor". The button is here; what reads (ReadAloud.tsx and the rest of src/read-aloud/) is
 * a lazy chunk that is not precached: it is fetched when a module page first shows, and kept by
 * the service worker from then on (see vite.config.ts). Offline before that, pressing the button
 * says that the first time needs internet; pressing again tries again.
 */
export function ReadAloudButton({ part }: { part: Part }) {
  const t = useT();
  const [ReadAloud, setReadAloud] = useState<typeof ReadAloudType | undefined>(undefined);
  const [startAtOnce, setStartAtOnce] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadReadAloud().then(
      (component) => current && setReadAloud(() => component),
      () => {},
    );
    return () => void (current = false);
  }, []);

  // What the lazy chunk shares with this one is handed in: imported, it would be split off.
  if (ReadAloud) {
    const shared = { tell: announce, place: WAITING_PLACE[part], StartButton, FailedNote, Icon };
    return <ReadAloud part={part} startAtOnce={startAtOnce} {...shared} />;
  }
  const start = () =>
    loadReadAloud().then(
      (component) => {
        setStartAtOnce(true);
        setReadAloud(() => component);
      },
      () => {
        setFailed(true);
        announce(t('readAloud.failed'));
      },
    );
  return (
    <>
      <div class="read-aloud" style={WAITING_PLACE[part]}>
        <StartButton part={part} onClick={() => void start()} />
      </div>
      {failed && <FailedNote />}
    </>
  );
}

function FailedNote() {
  const t = useT();
  return (
    <p class="notice" style={{ clear: 'both' }}>
      {t('readAloud.failed')}
    </p>
  );
}
