import { render } from 'preact';
import { App, preloadRoute } from './app/App.tsx';
import { currentLanguage, initI18n, preferredLanguage } from './i18n/index.ts';
import { bootHint, flushOnPageHide } from './storage/index.ts';
import { applyTextSize, isTextSize } from './ui/text-size.ts';
import './ui/styles.css';

const size = bootHint('textSize');
applyTextSize(isTextSize(size) ? size : 'normal');
const language = preferredLanguage(bootHint('language'), navigator.languages ?? [navigator.language]);
flushOnPageHide();
preloadRoute(location.pathname, language);

void initI18n(language).then((t) => {
  document.documentElement.lang = currentLanguage();
  render(<App initialLanguage={currentLanguage()} initialT={t} />, document.getElementById('app')!);
});
