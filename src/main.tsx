import { render } from 'preact';
import { App, preloadRoute } from './app/App.tsx';
import { reloadWhenRestoredLocked } from './app/leave-lock.ts';
import { startDeviceModules } from './app/device-modules.ts';
import { currentLanguage, initI18n, preferredLanguage } from './i18n/index.ts';
import { bootHint, flushOnPageHide, startSession } from './storage/index.ts';
import { applyTextSize, isTextSize } from './ui/text-size.ts';
import { growTextareas } from './ui/auto-grow.ts';
import './ui/styles.css';

const size = bootHint('textSize');
applyTextSize(isTextSize(size) ? size : 'normal');
const language = preferredLanguage(bootHint('language'), navigator.languages ?? [navigator.language]);
flushOnPageHide();
reloadWhenRestoredLocked();
// What the opened address needs, asked for at once; a module page's answers first, so that they
// are read with the session (see readAnswersAtBoot).
const routeReady = preloadRoute(location.pathname, language);
// Who uses this device is read now, beside the scripts, and the first render already has it
// (read in an effect, it would wait for a frame to be painted first).
const session = startSession().catch(() => undefined);
growTextareas();

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Modules a trainer added on this device must be known before a screen asks for one.
void Promise.all([initI18n(language), startDeviceModules(), session]).then(async ([t, , initialSession]) => {
  // Answers read with the session are on hand a few promise steps later: the first render waits
  // for those (its boxes then take typing at once), never for a read of their own (a task later).
  await Promise.race([routeReady, nextTask()]);
  document.documentElement.lang = currentLanguage();
  render(<App initialLanguage={currentLanguage()} initialT={t} initialSession={initialSession} />, document.getElementById('app')!);
});
