// The runtime side of the modules: the small eager index, and lazy loading of texts.
import { glossaryLoaders, modules as allModules, textLoaders } from 'virtual:workbook';
import type { GlossaryEntry, Language, ModuleMeta, ModuleText } from './types.ts';
import { LANGUAGE_FILES_URL, OTHER_LANGUAGES_CACHE } from '../pwa/caches.ts';

export const modules: readonly ModuleMeta[] = allModules;

export function findModule(id: string): ModuleMeta | undefined {
  return modules.find((module) => module.id === id);
}

export interface LoadedText {
  text: ModuleText;
  /** True when the requested language is missing and the Dutch text is shown instead. */
  isFallback: boolean;
  /** True when the requested language exists but is not on this device yet (offline, never switched online). */
  notOnDevice?: boolean;
}

// Dutch is always on the device (precached). Another language is cached by the service worker
// when it is first loaded; offline before that, the Dutch text is shown with a note.
export async function loadModuleText(id: string, language: Language): Promise<LoadedText | null> {
  const loaders = textLoaders[id];
  const load = loaders?.[language] ?? loaders?.nl;
  if (!load) return null;
  try {
    const { default: text } = await load();
    return { text, isFallback: text.lang !== language };
  } catch (error) {
    if (load === loaders?.nl || !loaders?.nl) throw error;
    const { default: text } = await loaders.nl();
    return { text, isFallback: true, notOnDevice: true };
  }
}

export async function loadGlossary(language: Language): Promise<GlossaryEntry[]> {
  const load = glossaryLoaders[language] ?? glossaryLoaders.nl;
  if (!load) return [];
  try {
    return (await load()).default;
  } catch (error) {
    if (language === 'nl' || !glossaryLoaders.nl) throw error;
    return (await glossaryLoaders.nl()).default;
  }
}

/**
 * Keeps every file of a language (module texts, glossary, UI strings) in the cache that the
 * service worker serves them from, and drops files of older versions. Called when someone uses
 * another language than Dutch (which is precached); on a class tablet the cache is shared, so one
 * profile in English keeps English on the tablet for everyone. False when offline.
 */
export async function keepLanguageOnDevice(language: Language): Promise<boolean> {
  if (language === 'nl' || typeof caches === 'undefined') return true;
  try {
    const response = await fetch(LANGUAGE_FILES_URL);
    const lists = (await response.json()) as Partial<Record<Language, string[]>>;
    const wanted = new Set(Object.values(lists).flat());
    const cache = await caches.open(OTHER_LANGUAGES_CACHE);
    const cached = (await cache.keys()).map((request) => new URL(request.url).pathname);
    await Promise.all(cached.filter((path) => !wanted.has(path)).map((path) => cache.delete(path)));
    await cache.addAll((lists[language] ?? []).filter((path) => !cached.includes(path)));
    return true;
  } catch {
    return false;
  }
}

export function titleOf(module: ModuleMeta, language: Language): string {
  return module.title[language] ?? module.title.nl;
}

export function summaryOf(module: ModuleMeta, language: Language): string {
  return module.summary[language] ?? module.summary.nl;
}
