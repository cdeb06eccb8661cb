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
preloadRoute(location.pathname, language);
// Who uses this device is read now, beside the scripts, and the first render already has it
// (read in an effect, it would wait for a frame to be painted first).
const session = startSession().catch(() => undefined);
growTextareas();

// Modules a trainer added on this device must be known before a screen asks for one.
void Promise.all([initI18n(language), startDeviceModules(), session]).then(([t, , initialSession]) => {
  document.documentElement.lang = currentLanguage();
  render(<App initialLanguage={currentLanguage()} initialT={t} initialSession={initialSession} />, document.getElementById('app')!);
});
