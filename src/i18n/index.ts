// UI strings through i18next. The first screen ships with only its own Dutch strings
// (first-screen.ts); the whole of each language is a separate chunk, loaded right after the
// first paint and awaited by every other screen (see src/app/App.tsx). Both are precached.
// Module texts are content, not i18n keys.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../content/types.ts';
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
    });
    // A failed load may be tried again (a screen opened later, a language switched back).
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
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
