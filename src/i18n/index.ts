// UI strings through i18next. Dutch ships with the first screen; English is a separate
// chunk (precached, so it works offline too). Module texts are content, not i18n keys.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../content/types.ts';
import nl from './locales/nl.json';

export type { TFunction } from 'i18next';

const loaders: Record<Exclude<Language, 'nl'>, () => Promise<{ default: typeof nl }>> = {
  en: () => import('./locales/en.json'),
};

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
  return language === 'nl' ? t : changeLanguage(language);
}

export async function changeLanguage(language: Language): Promise<TFunction> {
  if (language !== 'nl' && !i18next.hasResourceBundle(language, 'translation')) {
    const { default: strings } = await loaders[language]();
    i18next.addResourceBundle(language, 'translation', strings);
    for (const screen of screenStrings) addBundle(language, screen[language]);
  }
  const t = await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return t;
}

/**
 * Adds the strings of a screen that is loaded lazily (in its own chunk), so that the first
 * screen does not carry them. Each language file holds its own top-level section.
 */
export function addScreenStrings(strings: Record<Language, Record<string, unknown>>): void {
  screenStrings.push(strings);
  for (const language of Object.keys(strings) as Language[]) {
    // A language not loaded yet gets them when it is (see changeLanguage).
    if (i18next.hasResourceBundle(language, 'translation')) addBundle(language, strings[language]);
  }
}

const screenStrings: Record<Language, Record<string, unknown>>[] = [];

function addBundle(language: Language, strings: Record<string, unknown>): void {
  i18next.addResourceBundle(language, 'translation', strings, true, true);
}
