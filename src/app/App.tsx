import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import type { Language } from '../content/types.ts';
import { keepLanguageOnDevice, loadModuleText, onModulesChange } from '../content/workbook.ts';
import { changeLanguage, currentT, loadScreenStrings, onStringsChange, preferredLanguage, type TFunction } from '../i18n/index.ts';
import {
  DEFAULT_CLASS_LOCK_MINUTES,
  afterFirstPaint,
  closeProfile,
  loadModuleAnswers,
  loadSetting,
  saveSetting,
  type SessionState,
} from '../storage/index.ts';
import { applyTextSize, currentTextSize } from '../ui/text-size.ts';
import { useScreen } from '../ui/screen.ts';
import { FirstRunScreen } from '../screens/session/FirstRunScreen.tsx';
import { useIdleLock } from './idle-lock.ts';
import { IdleWarning } from './IdleWarning.tsx';
import { useLockWhenLeft } from './leave-lock.ts';
import { closeTrainerPrint, isTrainerPrintOpen } from './trainer-print.ts';
import { SessionContext, useSessionState } from './session.ts';
import { registerServiceWorker } from '../pwa/register.ts';
import { StorageBanners } from './StorageBanners.tsx';
import { AppContext, useT, type AppContextValue } from './context.ts';
import { Header } from './Header.tsx';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';

// Every screen but the home screen is its own chunk, loaded when first opened, together with
// the strings of the whole language (the first screen carries only its own).
const screen =
  <T,>(load: () => Promise<T>) =>
  () =>
    // Once more after the screen's chunk is in: it may have added strings of its own (addStrings).
    Promise.all([load(), loadScreenStrings()]).then(([loaded]) => loadScreenStrings().then(() => loaded));
// A module page needs only the first screen's strings (see i18n/first-screen.ts): it paints
// without waiting for i18next, as a cold start on a link or "Ga verder" shows a module page first.
const ModuleScreen = lazy(() => import('../screens/module/ModuleScreen.tsx').then((m) => m.ModuleScreen));
const ClosingScreen = lazy(screen(() => import('../screens/closing/ClosingScreen.tsx').then((m) => m.ClosingScreen)));
const AnswersScreen = lazy(screen(() => import('../screens/answers/AnswersScreen.tsx').then((m) => m.AnswersScreen)));
const Top3Screen = lazy(screen(() => import('../screens/top3/Top3Screen.tsx').then((m) => m.Top3Screen)));
const SettingsScreen = lazy(screen(() => import('../screens/settings/SettingsScreen.tsx').then((m) => m.SettingsScreen)));
const HelpScreen = lazy(screen(() => import('../screens/help/HelpScreen.tsx').then((m) => m.HelpScreen)));
// Not precached (a client prints rarely, and opens Settings online first, which fetches it ahead).
const PrintScreen = lazy(screen(printScreenOrNote));
// Signing in is needed on class tablets and PIN-locked devices only.
const SignInScreen = lazy(screen(() => import('../screens/session/SignInScreen.tsx').then((m) => m.SignInScreen)));
const MyDataScreen = lazy(screen(() => import('../screens/my-data/MyDataScreen.tsx').then((m) => m.MyDataScreen)));
const TrainerScreen = lazy(screen(() => import('../screens/trainer/TrainerScreen.tsx').then((m) => m.TrainerScreen)));
const PracticeScreen = lazy(screen(() => import('../screens/practice/PracticeScreen.tsx').then((m) => m.PracticeScreen)));
// The module editor brings the module compiler (Markdown and YAML readers): trainers only.
const EditorScreen = lazy(screen(() => import('../screens/editor/EditorScreen.tsx').then((m) => m.EditorScreen)));

/** The print screen, or (offline before its first use) a calm note that it is not on the device yet. */
async function printScreenOrNote() {
  try {
    return (await import('../screens/print/PrintScreen.tsx')).PrintScreen;
  } catch {
    return (await import('../ui/first-use.tsx')).NotOnDeviceYetScreen;
  }
}

/** The screens loaded by script, by the addresses that show them. */
const SCREENS: [RegExp, { preload: () => Promise<unknown> }][] = [
  [/^\/module\//, ModuleScreen],
  [/^\/answers/, AnswersScreen],
  [/^\/klaar\//, ClosingScreen],
  [/^\/top3/, Top3Screen],
  [/^\/settings/, SettingsScreen],
  [/^\/help/, HelpScreen],
  [/^\/print/, PrintScreen],
  [/^\/my-data/, MyDataScreen],
  [/^\/trainer/, TrainerScreen],
  [/^\/oefenen/, PracticeScreen],
  [/^\/editor/, EditorScreen],
];

/**
 * Starts loading what the opened address needs, all at once: its screen, the strings and, for a
 * module page, the module text. Without this each waits for the one before it. Resolves (never
 * rejects) when a module page's answers are on hand, so that the first render can show its boxes
 * ready for typing.
 */
export function preloadRoute(path: string, language: Language): Promise<void> {
  const moduleId = /^\/module\/([^/]+)/.exec(path)?.[1];
  // Its answers first (they are read with the session, which this starts), so its boxes take
  // typing as soon as it shows (no open profile: nothing to read); then its text.
  const answers = moduleId ? loadModuleAnswers(decodeURIComponent(moduleId)).catch(() => {}) : Promise.resolve();
  if (moduleId) loadModuleText(decodeURIComponent(moduleId), language).catch(() => {});
  // A failed load shows when the screen opens; here it only means nothing was gained.
  SCREENS.find(([pattern]) => pattern.test(path))?.[1]
    .preload()
    .catch(() => {});
  return answers;
}

interface AppProps {
  initialLanguage: Language;
  initialT: TFunction;
  /** The session as read at start (main.tsx), so the first render shows the screen; else read here. */
  initialSession?: SessionState;
}

export function App({ initialLanguage, initialT, initialSession }: AppProps) {
  const [i18n, setI18n] = useState({ language: initialLanguage, t: initialT });
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  const session = useSessionState(initialSession);
  useModulesChange();
  // Once i18next has every string (right after the first paint, or when a screen asks), render with it.
  useEffect(() => {
    const follow = () => setI18n((shown) => (shown.t === currentT() ? shown : { ...shown, t: currentT() }));
    follow();
    return onStringsChange(follow);
  }, []);
  // Offline, a language that is not on the device yet cannot be shown: the current one stays.
  const showLanguage = (language: Language, then?: () => void) =>
    void changeLanguage(language).then(
      (t) => {
        setI18n({ language, t });
        then?.();
      },
      () => {},
    );

  useEffect(() => {
    registerServiceWorker((activate) => setUpdate(() => activate));
    // After the first paint: the other screens' strings, so that they open without waiting.
    afterFirstPaint(() => loadScreenStrings().catch(() => {})); // Tried again when a screen opens.
  }, []);

  // On a class tablet (and an own device with a PIN) the workbook locks itself when left alone,
  // and when the page is left by any route.
  const locks = Boolean(session?.active) && (session?.mode === 'class' || Boolean(session?.ownHasPin));
  const lockMinutes = !locks ? 0 : session?.mode === 'class' ? session.settings.lockMinutes : OWN_PIN_LOCK_MINUTES;
  const idle = useIdleLock(lockMinutes, lockNow);
  useLockWhenLeft(locks, lockNow);

  const context = useMemo<AppContextValue>(
    () => ({
      ...i18n,
      setLanguage: (language) => showLanguage(language, () => void saveSetting('language', language)),
    }),
    [i18n],
  );
  useOwnPreferences(session, i18n.language, showLanguage);
  useEffect(() => afterFirstPaint(() => void keepLanguageOnDevice(i18n.language)), [i18n.language]);
  const { t } = i18n;
  if (!session) return null;
  const signedIn = session.active !== null;

  return (
    <AppContext.Provider value={context}>
      <SessionContext.Provider value={session}>
        <LocationProvider>
          {session.mode === 'class' && <StartAtHomeForEachPerson profileId={session.active?.id ?? null} />}
          <a class="skip-link" href="#main">
            {t('nav.skip')}
          </a>
          <Header />
          <StorageBanners session={session} update={update} />
          {idle.warning && <IdleWarning onStillHere={idle.stillHere} />}
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
                <Route path="/klaar/:id" component={ClosingScreen} />
                <Route path="/top3" component={Top3Screen} />
                <Route path="/settings" component={SettingsScreen} />
                <Route path="/my-data" component={MyDataScreen} />
                <Route path="/help" component={HelpScreen} />
                <Route path="/trainer" component={TrainerScreen} />
                <Route path="/print" component={PrintScreen} />
                <Route path="/editor" component={EditorScreen} />
                <Route path="/oefenen" component={PracticeScreen} />
                <Route path="/oefenen/taak/:task" component={PracticeScreen} />
                <Route path="/oefenen/:view" component={PracticeScreen} />
                <Route path={CONTINUE_PATH} component={Continue} />
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
  useEffect(() => {
    if (path !== '/print') closeTrainerPrint();
  }, [path]);
  if (path === '/help') return <HelpScreen />;
  // On a class tablet the trainer goes from the trainer settings to the editor without signing in.
  if (path === '/editor' && session.mode === 'class') return <EditorScreen />;
  if (path === '/print' && isTrainerPrintOpen())
    return <TrainerPrint minutes={session.settings.lockMinutes || DEFAULT_CLASS_LOCK_MINUTES} />;
  if (session.mode === undefined) return <FirstRunScreen />;
  return <SignInScreen session={session} />;
}

/** The trainer's print screen (no profile) closes when left alone, like the trainer settings. */
function TrainerPrint({ minutes }: { minutes: number }) {
  const { route } = useLocation();
  const close = useCallback(() => {
    closeTrainerPrint();
    route('/', true);
  }, [route]);
  const idle = useIdleLock(minutes, close);
  return (
    <>
      <PrintScreen profileless />
      {idle.warning && <IdleWarning onStillHere={idle.stillHere} />}
    </>
  );
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

/** A module added, changed or removed (here or in another tab) shows on every screen at once. */
function useModulesChange(): void {
  const [, setVersion] = useState(0);
  useEffect(() => onModulesChange(() => setVersion((version) => version + 1)), []);
}

/** Minutes without use before an own device with a PIN locks itself. */
const OWN_PIN_LOCK_MINUTES = 5;

function lockNow(): void {
  void closeProfile('locked');
}

/**
 * On a class tablet everyone who signs in starts on the home screen (with its "Ga verder" to
 * their own place), never on the route of the person before; after signing out the address goes
 * home too. Not on an own device: its one person (unlocking, or opening a backup after the
 * first-start question) stays where they were going.
 */
function StartAtHomeForEachPerson({ profileId }: { profileId: string | null }) {
  const { route, path } = useLocation();
  const previous = useRef(profileId);
  useEffect(() => {
    if (previous.current === profileId) return;
    previous.current = profileId;
    if (path !== '/' && !(profileId === null && path === '/help')) route('/', true);
    // Only when who is signed in changes.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [profileId]);
  return null;
}

// The manifest's "Verder" shortcut (vite.config.ts) opens this address.
const CONTINUE_PATH = '/continue';

/** "Verder" (a shortcut of the installed app): back to the page last opened, or home. */
function Continue() {
  const { route } = useLocation();
  useEffect(() => {
    void loadSetting('lastPlace')
      .catch(() => undefined)
      // Gone elsewhere before the read came back (a tap on the menu): stay there (see ModuleScreen).
      .then((place) => location.pathname === CONTINUE_PATH && route(place ? `/module/${place.moduleId}/${place.page + 1}` : '/', true));
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
