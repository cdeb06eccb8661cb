// UI strings. Components get them one way: the `t` of the app context (useT()). The first
// screen paints with the small lookup of small-t.ts over its own Dutch sections (first-screen.ts, `nl.json?first`);
// i18next and the whole of each language load right after the first paint (i18next.ts) and are
// awaited by every other screen (see src/app/App.tsx). From then on `t` is i18next's.
// Module texts are content, not i18n keys.
import type { Language } from '../content/types.ts';
import firstScreenStrings from './locales/nl.json?first';
import { smallT, type Strings, type TFunction } from './small-t.ts';
import { wholeLanguage } from './whole.ts';

export type { TFunction, TOptions } from './small-t.ts';

type Full = typeof import('./i18next.ts');
let full: Promise<Full> | null = null;
let language: Language = 'nl';
let current: TFunction = noteMisses(smallT('nl', [firstScreenStrings]));
/** Whether the small lookup was asked for a key it does not have (see useFull). */
let missed = false;

function noteMisses(small: TFunction): TFunction {
  return (key, options) => {
    const text = small(key, options);
    if (text === key) missed = true;
    return text;
  };
}
const listeners = new Set<() => void>();

/**
 * The t every screen gets: it asks whichever lookup is current (small first, then i18next). A new
 * one each time the strings change, so that what depends on it renders again; older ones still work.
 */
const delegate = (): TFunction => (key, options) => current(key, options);
let t = delegate();

/** The t to render with now. */
export const currentT = (): TFunction => t;

function loadFull(): Promise<Full> {
  // The strings are asked for at once, beside i18next, not after it: one request step less.
  if (!full) for (const wanted of new Set<Language>(['nl', language])) wholeLanguage[wanted]().catch(() => {});
  full ??= import('./i18next.ts').then(async (module) => {
    await module.start(language, lazyStrings);
    return module;
  });
  // A failed load may be tried again (a screen opened later, a language switched back).
  full.catch(() => (full = null));
  return full;
}

/**
 * From now on i18next answers. The app renders again only when the small lookup missed a key:
 * otherwise every text on screen is already right, and a render of the whole screen (tens of
 * milliseconds on a cheap phone, just after the first paint) would change nothing.
 */
function useFull(next: TFunction): TFunction {
  if (current !== next) {
    current = next;
    if (missed) {
      t = delegate();
      listeners.forEach((listener) => listener());
    }
  }
  return t;
}

/** Called when `t` learns more strings or another language, so the app can render again. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A lazy screen's strings per language: the table, or a loader (each language its own chunk). */
export type LazyStrings = Record<Language, Strings | (() => Promise<Strings>)>;
const lazyStrings: LazyStrings[] = [];
const adding = new Set<Promise<void>>();

/**
 * UI strings of a lazily loaded screen (the practice app, the module editor), added when its chunk loads, so
 * they are not part of the first screen's JavaScript. A language loaded later gets them too.
 */
export function addStrings(strings: LazyStrings): void {
  lazyStrings.push(strings);
  if (!full) return;
  const added = full.then((module) => module.addStrings(strings)).catch(() => {});
  adding.add(added);
  void added.then(() => adding.delete(added));
}

export function preferredLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'nl' || stored === 'en') return stored;
  const first = browserLanguages.find((tag) => /^(nl|en)\b/i.test(tag));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * Ready for the first screen: its Dutch strings are built in; another language is read whole
 * (without i18next). Offline before that language was ever loaded, the first screen opens in Dutch.
 */
export async function initI18n(wanted: Language): Promise<TFunction> {
  // Started again (tests): i18next, once loaded, stays in charge.
  if (full) return changeLanguage(wanted).catch(() => t);
  if (wanted !== 'nl') {
    try {
      const { default: strings } = await wholeLanguage[wanted]();
      current = noteMisses(smallT(wanted, [strings, firstScreenStrings]));
      t = delegate();
      language = wanted;
    } catch {
      // Not on the device yet (offline): Dutch.
    }
  }
  return t;
}

/**
 * Every string of the current language (and Dutch, the fallback), with the lazy screens' strings
 * added so far: awaited by every screen but the first.
 */
export async function loadScreenStrings(): Promise<void> {
  const module = await loadFull();
  await Promise.all(adding);
  useFull(module.t);
}

/** The language shown now: after initI18n, Dutch when the chosen one could not be loaded. */
export const currentLanguage = (): Language => language;

export async function changeLanguage(next: Language): Promise<TFunction> {
  const module = await loadFull();
  await module.changeLanguage(next);
  language = next;
  document.documentElement.lang = next;
  return useFull(module.t);
}
