// Parts of the app that are not precached (the trainer's settings, the print layout) load
// on first use and are kept from then on (vite.config.ts). Offline before that first use, the
// screen says so calmly instead of staying blank.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import { useScreen } from './screen.ts';

/** A component loaded when first shown; until then nothing, and a calm note when it cannot load. */
export function loadedOnFirstUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => void } {
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load();
    // Offline now: the next time it is shown, it is tried again.
    loading.catch(() => (loading = null));
    return loading;
  };
  function FirstUse(props: P) {
    const [state, setState] = useState<{ part?: ComponentType<P>; failed?: boolean }>({});
    useEffect(() => {
      let current = true;
      start().then(
        (part) => current && setState({ part }),
        () => current && setState({ failed: true }),
      );
      return () => {
        current = false;
      };
    }, []);
    if (state.failed) return <NotOnDeviceYet />;
    return state.part ? <state.part {...props} /> : null;
  }
  return Object.assign(FirstUse, { preload: () => void start().catch(() => undefined) });
}

/** A whole screen that could not load (offline before its first use). */
export function NotOnDeviceYetScreen() {
  const t = useT();
  useScreen(t('firstUse.title'));
  return (
    <main id="main" class="page">
      <h1>{t('firstUse.title')}</h1>
      <NotOnDeviceYetText />
    </main>
  );
}

/** A part of a screen that could not load. */
export function NotOnDeviceYet() {
  const t = useT();
  return (
    <section role="status">
      <h2>{t('firstUse.title')}</h2>
      <NotOnDeviceYetText />
    </section>
  );
}

/** Why a part is missing, and a button to try again. */
export function NotOnDeviceYetText() {
  const t = useT();
  return (
    <>
      <p>{t('firstUse.text')}</p>
      <button type="button" class="button secondary" onClick={() => location.reload()}>
        {t('firstUse.retry')}
      </button>
    </>
  );
}
