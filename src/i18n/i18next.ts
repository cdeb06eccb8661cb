// i18next with every UI string, loaded right after the first paint (see index.ts); the first
// screen paints before it with small-t.ts. Each language is a chunk of its own (assets/<lang>/).
import i18next from 'i18next';
import type { Language } from '../content/types.ts';
import type { Strings, TFunction } from './small-t.ts';
import { wholeLanguage } from './whole.ts';

const loaded = new Map<Language, Promise<void>>();
const lazyStrings: Record<Language, Strings>[] = [];

/** i18next's t, in the shape every component uses. */
export const t: TFunction = (key, options) => String(i18next.t(key, options as never));

function loadLanguage(language: Language): Promise<void> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = wholeLanguage[language]().then(({ default: strings }) => {
      i18next.addResourceBundle(language, 'translation', strings, true, true);
      for (const lazy of lazyStrings) i18next.addResourceBundle(language, 'translation', lazy[language], true, false);
    });
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}

/** Starts i18next in the language on screen, with Dutch (the fallback) and the lazy screens' strings. */
export async function start(language: Language, lazy: Record<Language, Strings>[]): Promise<void> {
  lazyStrings.push(...lazy);
  if (!i18next.isInitialized) {
    await i18next.init({
      lng: language,
      fallbackLng: 'nl',
      resources: {},
      interpolation: { escapeValue: false }, // Preact escapes all text itself.
      returnNull: false,
    });
  }
  await Promise.all([loadLanguage('nl'), loadLanguage(language)]);
}

export function addStrings(strings: Record<Language, Strings>): void {
  lazyStrings.push(strings);
  for (const [language, table] of Object.entries(strings))
    if (i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', table, true, false);
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}
