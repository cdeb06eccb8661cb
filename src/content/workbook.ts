// The runtime side of the modules: the small eager index, and lazy loading of texts.
// Built-in modules come from the build (virtual:workbook); modules a trainer added or adapted
// on this device come from storage (see setDeviceModules). Screens see one list and do not
// know the difference; an adapted built-in keeps its id, so answers stay attached.
import { glossaryLoaders, modules as builtInModules, textLoaders } from 'virtual:workbook';
import type { GlossaryEntry, Language, ModuleMeta, ModuleText } from './types.ts';

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
}

export async function loadModuleText(id: string, language: Language): Promise<LoadedText | null> {
  const onDevice = deviceModules.get(id);
  if (onDevice) {
    const text = onDevice.texts[language] ?? onDevice.texts.nl;
    return text ? { text, isFallback: text.lang !== language } : null;
  }
  const loaders = textLoaders[id];
  const load = loaders?.[language] ?? loaders?.nl;
  if (!load) return null;
  const { default: text } = await load();
  return { text, isFallback: text.lang !== language };
}

export async function loadGlossary(language: Language): Promise<GlossaryEntry[]> {
  const load = glossaryLoaders[language] ?? glossaryLoaders.nl;
  return load ? (await load()).default : [];
}

export function titleOf(module: ModuleMeta, language: Language): string {
  return module.title[language] ?? module.title.nl;
}

export function summaryOf(module: ModuleMeta, language: Language): string {
  return module.summary[language] ?? module.summary.nl;
}
