import { useEffect, useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import { announce } from '../ui/announce.ts';
import { Icon } from './icons.tsx';
import type { ReadAloud as ReadAloudType } from './ReadAloud.tsx';
import { SPEECH_ENGINE_CACHE, SPEECH_FOLDER } from './speech-cache.ts';

export type Part = 'page' | 'exercise';

/**
 * Where "Lees voor" waits: at the right of the small line above the heading (the module's name, or
 * the exercise's kind), reaching into the space above that line, so that it makes a page hardly
 * longer. In an exercise the question flows around it (it must never run under the button).
 * Inline styles, because the CSS comes with the lazy chunk.
 */
const WAITING_PLACE: Record<Part, { float: string; margin: string }> = {
  page: { float: 'right', margin: '0.3rem 0 -0.75rem 0.5rem' },
  exercise: { float: 'right', margin: '-0.5rem 0 0.25rem 0.5rem' },
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

let loading: Promise<typeof ReadAloudType> | undefined;
function loadReadAloud(): Promise<typeof ReadAloudType> {
  loading ??= reachable()
    .then(() => import('./ReadAloud.tsx'))
    .then((m) => m.ReadAloud);
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * A chunk that fails to load makes the app reload ('vite:preloadError', src/pwa/register.ts: after
 * an update that is the cure). Offline before its first use, reading aloud is missing for another
 * reason, so it is not asked for then.
 */
async function reachable(): Promise<void> {
  if (navigator.onLine || typeof caches === 'undefined') return;
  const kept = await (await caches.open(SPEECH_ENGINE_CACHE)).keys();
  if (!kept.some((request) => new URL(request.url).pathname.startsWith(`/assets/${SPEECH_FOLDER}/ReadAloud-`))) {
    throw new Error('reading aloud has not been fetched yet, and the device is offline');
  }
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
