// UI strings through i18next. Dutch ships with the first screen; English is a separate
// chunk (precached, so it works offline too). Module texts are content, not i18n keys.
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../content/types.ts';
import nl from './locales/nl.json';

export type { TFunction } from 'i18next';

const loaders: Record<Exclude<Language, 'nl'>, () => Promise<{ default: typeof nl }>> = {
  en: () => import('./locales/en.json'),
};

type Strings = Record<string, unknown>;
const lazyStrings: Record<Language, Strings>[] = [];

/**
 * UI strings of a lazily loaded screen (the practice app, the module editor), added when its chunk loads, so
 * they are not part of the first screen's JavaScript. A language loaded later gets them too.
 */
export function addStrings(strings: Record<Language, Strings>): void {
  lazyStrings.push(strings);
  // Before init (only in tests) there is nothing to add to yet; initI18n adds them.
  if (!i18next.isInitialized) return;
  for (const language of LANGUAGES) {
    if (i18next.hasResourceBundle(language, 'translation')) addLazyStrings(language);
  }
}

function addLazyStrings(language: Language): void {
  for (const strings of lazyStrings) i18next.addResourceBundle(language, 'translation', strings[language], true, false);
}

export function preferredLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'nl' || stored === 'en') return stored;
  const first = browserLanguages.find((tag) => /^(nl|en)\b/i.test(tag));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export async function initI18n(language: Language): Promise<TFunction> {
  const t = await i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false }, // Preact escapes all text itself.
    returnNull: false,
  });
  addLazyStrings('nl');
  return language === 'nl' ? t : changeLanguage(language);
}

export async function changeLanguage(language: Language): Promise<TFunction> {
  if (language !== 'nl' && !i18next.hasResourceBundle(language, 'translation')) {
    const { default: strings } = await loaders[language]();
    i18next.addResourceBundle(language, 'translation', strings);
    addLazyStrings(language);
  }
  const t = await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return t;
}
