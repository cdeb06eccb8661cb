// UI strings through i18next. The first screen ships with only its own Dutch strings
// (first-screen.ts); the whole of each language is a separate chunk, loaded right after the
// first paint and awaited by every other screen (see src/app/App.tsx). Both are precached.
// Module texts are content, not i18n keys.
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../content/types.ts';
import { firstScreenStrings } from './first-screen.ts';

export type { TFunction } from 'i18next';

// `?all`: the whole file as its own module, apart from the first screen's sections.
const everything: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  nl: () => import('./locales/nl.json?all'),
  en: () => import('./locales/en.json?all'),
};
const loaded = new Map<Language, Promise<void>>();

function loadLanguage(language: Language): Promise<void> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = everything[language]().then(({ default: strings }) => {
      i18next.addResourceBundle(language, 'translation', strings, true, true);
      addLazyStrings(language);
    });
    // A failed load may be tried again (a screen opened later, a language switched back).
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}

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

/** Ready for the first screen: its Dutch strings are built in; any other language is loaded whole. */
export async function initI18n(language: Language): Promise<TFunction> {
  const t = await i18next.init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: firstScreenStrings } },
    interpolation: { escapeValue: false }, // Preact escapes all text itself.
    returnNull: false,
  });
  addLazyStrings('nl');
  // Offline before another language was ever loaded, the first screen opens in Dutch.
  return language === 'nl' ? t : changeLanguage(language).catch(() => t);
}

/** Every string of the current language (and Dutch, the fallback): awaited by every screen but the first. */
export async function loadScreenStrings(): Promise<void> {
  // Before initI18n (a screen preloaded at start) the language is not set yet; initI18n loads it whole.
  const current = i18next.language as Language | undefined;
  await Promise.all([loadLanguage('nl'), current && current !== 'nl' && current in everything ? loadLanguage(current) : undefined]);
}

/** The language shown now: after initI18n, Dutch when the chosen one could not be loaded. */
export const currentLanguage = (): Language => i18next.language as Language;

export async function changeLanguage(language: Language): Promise<TFunction> {
  await loadLanguage(language);
  const t = await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return t;
}
