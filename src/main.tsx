import { render } from 'preact';
import { App } from './app/App.tsx';
import { initI18n, preferredLanguage } from './i18n/index.ts';
import { bootHint, flushOnPageHide } from './storage/index.ts';
import { applyTextSize, isTextSize } from './ui/text-size.ts';
import { growTextareas } from './ui/auto-grow.ts';
import './ui/styles.css';

const size = bootHint('textSize');
applyTextSize(isTextSize(size) ? size : 'normal');
const language = preferredLanguage(bootHint('language'), navigator.languages ?? [navigator.language]);
flushOnPageHide();
growTextareas();

void initI18n(language).then((t) => {
  document.documentElement.lang = language;
  render(<App initialLanguage={language} initialT={t} />, document.getElementById('app')!);
});
