import { useEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import type { Language } from '../content/types.ts';
import { changeLanguage, preferredLanguage, type TFunction } from '../i18n/index.ts';
import { closeProfile, loadSetting, onStorageOutdated, saveSetting, type SessionState } from '../storage/index.ts';
import { applyTextSize, currentTextSize } from '../ui/text-size.ts';
import { useScreen } from '../ui/screen.ts';
import { FirstRunScreen } from '../screens/session/FirstRunScreen.tsx';
import { useIdleLock } from './idle-lock.ts';
import { SessionContext, useSessionState } from './session.ts';
import { registerServiceWorker } from '../pwa/register.ts';
import { Banner } from '../ui/Banner.tsx';
import { AppContext, useT, type AppContextValue } from './context.ts';
import { Header } from './Header.tsx';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';

// Every screen but the home screen is its own chunk, loaded when first opened.
const ModuleScreen = lazy(() => import('../screens/module/ModuleScreen.tsx').then((m) => m.ModuleScreen));
const AnswersScreen = lazy(() => import('../screens/answers/AnswersScreen.tsx').then((m) => m.AnswersScreen));
const Top3Screen = lazy(() => import('../screens/top3/Top3Screen.tsx').then((m) => m.Top3Screen));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx').then((m) => m.SettingsScreen));
const HelpScreen = lazy(() => import('../screens/help/HelpScreen.tsx').then((m) => m.HelpScreen));
const PrintScreen = lazy(() => import('../screens/print/PrintScreen.tsx').then((m) => m.PrintScreen));
// Signing in is needed on class tablets and PIN-locked devices only.
const SignInScreen = lazy(() => import('../screens/session/SignInScreen.tsx').then((m) => m.SignInScreen));
const MyDataScreen = lazy(() => import('../screens/my-data/MyDataScreen.tsx').then((m) => m.MyDataScreen));
const TrainerScreen = lazy(() => import('../screens/trainer/TrainerScreen.tsx').then((m) => m.TrainerScreen));

export function App({ initialLanguage, initialT }: { initialLanguage: Language; initialT: TFunction }) {
  const [i18n, setI18n] = useState({ language: initialLanguage, t: initialT });
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  const [outdated, setOutdated] = useState(false);
  const session = useSessionState();
  const showLanguage = (language: Language) => void changeLanguage(language).then((t) => setI18n({ language, t }));

  useEffect(() => {
    registerServiceWorker((activate) => setUpdate(() => activate));
    return onStorageOutdated(() => setOutdated(true));
  }, []);

  // On a class tablet (and an own device with a PIN) the workbook locks itself when left alone.
  const lockMinutes = !session?.active ? 0 : session.mode === 'class' ? session.settings.lockMinutes : session.ownHasPin ? 5 : 0;
  useIdleLock(lockMinutes, signOut);
  useHomeAfterSignOut(session);

  const context = useMemo<AppContextValue>(
    () => ({
      ...i18n,
      setLanguage: (language) => {
        void saveSetting('language', language);
        showLanguage(language);
      },
    }),
    [i18n],
  );
  useOwnPreferences(session, i18n.language, showLanguage);
  const { t } = i18n;
  if (!session) return null;
  const signedIn = session.active !== null;

  return (
    <AppContext.Provider value={context}>
      <SessionContext.Provider value={session}>
        <LocationProvider>
          <a class="skip-link" href="#main">
            {t('nav.skip')}
          </a>
          <Header />
          <div class="banners">
            {session.storage === 'memory' && <Banner tone="warning">{t('storage.memory')}</Banner>}
            {(update || outdated) && (
              <Banner>
                <span>{t('update.ready')}</span>{' '}
                <button type="button" class="button primary" onClick={() => (update ? void update() : window.location.reload())}>
                  {t('update.refresh')}
                </button>
              </Banner>
            )}
          </div>
          {!signedIn && (
            // A Router, because it is what waits for lazily loaded screens.
            <Router>{[<Route key="signed-out" default component={SignedOut} session={session} />]}</Router>
          )}
          {signedIn && (
            <ErrorBoundary>
              <Router>
                <Route path="/" component={HomeScreen} />
                <Route path="/module/:id" component={ModuleScreen} />
                <Route path="/module/:id/:page" component={ModuleScreen} />
                <Route path="/answers" component={AnswersScreen} />
                <Route path="/top3" component={Top3Screen} />
                <Route path="/settings" component={SettingsScreen} />
                <Route path="/my-data" component={MyDataScreen} />
                <Route path="/help" component={HelpScreen} />
                <Route path="/trainer" component={TrainerScreen} />
                <Route path="/print" component={PrintScreen} />
                <Route path="/continue" component={Continue} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          )}
        </LocationProvider>
      </SessionContext.Provider>
    </AppContext.Provider>
  );
}

/** Before anyone is signed in: the first question, or signing in. Help is always there. */
function SignedOut({ session }: { session: SessionState }) {
  const { path } = useLocation();
  if (path === '/help') return <HelpScreen />;
  if (session.mode === undefined) return <FirstRunScreen />;
  return <SignInScreen session={session} />;
}

/**
 * On a shared tablet each person gets back their own language and text size when they sign in,
 * and the start screen goes back to the defaults for the next person.
 */
function useOwnPreferences(session: SessionState | undefined, current: Language, showLanguage: (language: Language) => void): void {
  const profileId = session?.active?.id;
  const classStartScreen = session?.mode === 'class' && !session.active;
  useEffect(() => {
    if (profileId === undefined && !classStartScreen) return;
    const stored =
      profileId === undefined
        ? Promise.resolve([undefined, undefined] as const)
        : Promise.all([loadSetting('language'), loadSetting('textSize')]);
    void stored.then(([language, size]) => {
      // Signed in without an own choice, the size picked on the sign-in screen stays.
      applyTextSize(size ?? (profileId === undefined ? 'normal' : currentTextSize()));
      // Someone who never chose gets the default, not the previous person's choice.
      const next = language ?? preferredLanguage(null, navigator.languages ?? [navigator.language]);
      if (next !== current) showLanguage(next);
    });
    // Only when someone else signs in or out: a change of language must not run this again.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [profileId, classStartScreen]);
}

function signOut(): void {
  void closeProfile();
}

/** On a class tablet the next person starts at the home page, not where the last one was. */
function useHomeAfterSignOut(session: SessionState | undefined): void {
  const signedOutOnClassTablet = session?.mode === 'class' && session.active === null;
  useEffect(() => {
    if (signedOutOnClassTablet && location.pathname !== '/' && location.pathname !== '/help') history.replaceState(null, '', '/');
  }, [signedOutOnClassTablet]);
}

/** "Verder" (a shortcut of the installed app): back to the page last opened, or home. */
function Continue() {
  const { route } = useLocation();
  useEffect(() => {
    void loadSetting('lastPlace')
      .catch(() => undefined)
      .then((place) => route(place ? `/module/${place.moduleId}/${place.page + 1}` : '/', true));
  }, [route]);
  return null;
}

function NotFound() {
  const t = useT();
  useScreen(t('notFound.title'));
  return (
    <main id="main" class="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </main>
  );
}
