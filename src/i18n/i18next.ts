// i18next with every UI string, loaded right after the first paint (see index.ts); the first
// screen paints before it with small-t.ts. Each language is a chunk of its own (assets/<lang>/).
import i18next from 'i18next';
// Types only from content/: its constants would bring the module page's chunk along (vite.config.ts).
import type { Language } from '../content/types.ts';
import type { LazyStrings } from './index.ts';
import type { TFunction } from './small-t.ts';
import { wholeLanguage } from './whole.ts';

const loaded = new Map<Language, Promise<void>>();
const lazyStrings: LazyStrings[] = [];

/** i18next's t, in the shape every component uses. */
export const t: TFunction = (key, options) => String(i18next.t(key, options as never));

function loadLanguage(language: Language): Promise<void> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = wholeLanguage[language]().then(async ({ default: strings }) => {
      i18next.addResourceBundle(language, 'translation', strings, true, true);
      await Promise.all(lazyStrings.map((lazy) => addLazy(language, lazy)));
    });
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}

/** Starts i18next in the language on screen, with Dutch (the fallback) and the lazy screens' strings. */
export async function start(language: Language, lazy: LazyStrings[]): Promise<void> {
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

/** A lazy screen's strings in one language; another language than Dutch that is not on the device is left out (Dutch shows). */
async function addLazy(language: Language, lazy: LazyStrings): Promise<void> {
  const table = lazy[language];
  try {
    i18next.addResourceBundle(language, 'translation', typeof table === 'function' ? await table() : table, true, false);
  } catch (error) {
    if (language === 'nl') throw error;
  }
}

export async function addStrings(strings: LazyStrings): Promise<void> {
  lazyStrings.push(strings);
  await Promise.all(
    [...loaded.keys()]
      .filter((language) => i18next.hasResourceBundle(language, 'translation'))
      .map((language) => addLazy(language, strings)),
  );
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}
