// Each language's whole nl.json/en.json as a chunk of its own (assets/<lang>/strings-….js).
// `?all`: the whole file as its own module, apart from the first screen's sections (first-screen.ts).
import type { Language } from '../content/types.ts';
import type { Strings } from './small-t.ts';

export const wholeLanguage: Record<Language, () => Promise<{ default: Strings }>> = {
  nl: () => import('./locales/nl.json?all'),
  en: () => import('./locales/en.json?all'),
};
