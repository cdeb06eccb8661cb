// The runtime side of the modules: the small eager index, and lazy loading of texts.
// Built-in modules come from the build (virtual:workbook); modules a trainer added or adapted
// on this device come from storage (see setDeviceModules). Screens see one list and do not
// know the difference; an adapted built-in keeps its id, so answers stay attached.
import { modules as builtInModules, textLoaders } from 'virtual:workbook';
import type { GlossaryEntry, Language, ModuleMeta, ModuleText, Theme } from './types.ts';
import { LANGUAGE_FILES_URL, OTHER_LANGUAGES_CACHE } from '../pwa/caches.ts';

/** A module stored on the device, as the content layer needs it. */
export interface DeviceModule {
  meta: ModuleMeta;
  texts: Partial<Record<Language, ModuleText>>;
}

let deviceModules = new Map<string, DeviceModule>();
const listeners = new Set<() => void>();

/** Every module, built-in and device, in course order. A live binding: it changes with setDeviceModules. */
export let modules: readonly ModuleMeta[] = builtInModules;

/** Replaces the device modules (at start-up and whenever a trainer changes them). */
export function setDeviceModules(list: readonly DeviceModule[]): void {
  deviceModules = new Map(list.map((module) => [module.meta.id, module]));
  const builtIn = builtInModules.filter((meta) => !deviceModules.has(meta.id));
  modules = [...builtIn, ...list.map((module) => module.meta)].sort((a, b) => a.order - b.order);
  listeners.forEach((listener) => listener());
}

export function onModulesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const builtInModule = (id: string): ModuleMeta | undefined => builtInModules.find((module) => module.id === id);
export const isDeviceModule = (id: string): boolean => deviceModules.has(id);

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

/** Built-in texts loaded so far (they never change while the app runs), by `${id}/${language}`. */
const loadedTexts = new Map<string, LoadedText>();

/** A text already in memory (on the device as a module of its own, or loaded before): no wait for it. */
export function knownModuleText(id: string, language: Language): LoadedText | null | undefined {
  const onDevice = deviceModules.get(id);
  if (!onDevice) return loadedTexts.get(`${id}/${language}`);
  const text = onDevice.texts[language] ?? onDevice.texts.nl;
  return text ? { text, isFallback: text.lang !== language } : null;
}

// Dutch is always on the device (precached). Another language is cached by the service worker
// when it is first loaded; offline before that, the Dutch text is shown with a note.
export async function loadModuleText(id: string, language: Language): Promise<LoadedText | null> {
  if (deviceModules.has(id)) return knownModuleText(id, language) ?? null;
  const loaders = textLoaders[id];
  const load = loaders?.[language] ?? loaders?.nl;
  if (!load) return null;
  try {
    const { default: text } = await load();
    const loaded = { text, isFallback: text.lang !== language };
    loadedTexts.set(`${id}/${language}`, loaded);
    return loaded;
  } catch (error) {
    if (load === loaders?.nl || !loaders?.nl) throw error;
    const { default: text } = await loaders.nl();
    return { text, isFallback: true, notOnDevice: true };
  }
}

/**
 * The glossary's words for tap-to-explain, read from the glossary module's own text (so its
 * definitions are stored once); in Dutch when the language is not on the device.
 */
export async function loadGlossary(language: Language): Promise<GlossaryEntry[]> {
  const glossary = builtInModules.find((module) => module.kind === 'glossary');
  const loaded = glossary && (await loadModuleText(glossary.id, language));
  if (!loaded) return [];
  const { glossaryEntries } = await import('./text.ts');
  return glossaryEntries(loaded.text);
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

/** The modules participants see: the trainer's course plan, in its order, or all of them. */
export function courseModules(plan: readonly string[] | null): ModuleMeta[] {
  const workbook = modules.filter((m) => m.kind === 'workbook');
  return plan ? plan.flatMap((id) => workbook.filter((m) => m.id === id)) : workbook;
}

/**
 * The modules in the order of the client's route (`use`: the answer to "Gebruik je al social
 * media?"): beginners keep the beginners' modules first, experienced users ('lots') get them last.
 * A trainer's course plan keeps its own order.
 */
export function routeOrder(list: ModuleMeta[], use: string | undefined, hasPlan: boolean): ModuleMeta[] {
  if (hasPlan || use !== 'lots') return list;
  return [...list.filter((m) => m.level !== 'beginner'), ...list.filter((m) => m.level === 'beginner')];
}

/** The glossary word that explains each theme (a theme on a module card links to it). */
export const THEME_WORDS: Record<Theme, string> = {
  connectedness: 'verbinding',
  hope: 'hoop',
  identity: 'wie-ben-ik',
  meaning: 'zingeving',
  empowerment: 'eigen-regie',
};
