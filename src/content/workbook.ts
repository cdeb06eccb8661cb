// The runtime side of the modules: the small eager index, and lazy loading of texts.
import { glossaryLoaders, modules as allModules, textLoaders } from 'virtual:workbook';
import type { GlossaryEntry, Language, ModuleMeta, ModuleText } from './types.ts';

export const modules: readonly ModuleMeta[] = allModules;

export function findModule(id: string): ModuleMeta | undefined {
  return modules.find((module) => module.id === id);
}

export interface LoadedText {
  text: ModuleText;
  /** True when the requested language is missing and the Dutch text is shown instead. */
  isFallback: boolean;
}

export async function loadModuleText(id: string, language: Language): Promise<LoadedText | null> {
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
