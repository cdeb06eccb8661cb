// Each language's strings as a chunk of its own (assets/<lang>/strings-….js). Dutch: the sections
// the first screen does not carry already (`?rest`, see first-screen.ts); English: all of them.
import type { Language } from '../content/types.ts';
import type { Strings } from './small-t.ts';
import firstScreenStrings from './locales/nl.json?first';

export const wholeLanguage: Record<Language, () => Promise<{ default: Strings }>> = {
  nl: async () => ({ default: { ...firstScreenStrings, ...(await import('./locales/nl.json?rest')).default } }),
  en: () => import('./locales/en.json?all'),
};
