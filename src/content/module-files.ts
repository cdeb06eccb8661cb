// Module files in the app: check and compile a trainer's module with the same compiler the build
// uses, add it to this device, give its file back. Loaded only by the trainer's screens (and a
// course package): it brings the Markdown and YAML readers along.
import { compileModuleSources, type CompiledModule } from '../pipeline/compile-module.ts';
import { checkGlossaryLinks } from '../pipeline/compile-module.ts';
import { MAX_MODULE_FILE_BYTES, MODULE_FILE_EXTENSION, splitModuleFile } from '../pipeline/module-file.ts';
import { ProblemList, isProblem, type Problem } from '../pipeline/problems.ts';
import { listDeviceModules, putDeviceModule, updateDeviceSetting } from '../storage/index.ts';
import type { ModuleMeta } from './types.ts';
import { builtInModule, loadGlossary } from './workbook.ts';

export { describeProblem, isProblem, type Problem } from '../pipeline/problems.ts';
export type { CompiledModule } from '../pipeline/compile-module.ts';
export { joinModuleFile, MAX_MODULE_FILE_BYTES, MODULE_FILE_EXTENSION } from '../pipeline/module-file.ts';
export { listDeviceModules } from '../storage/index.ts';

export interface CheckedModule {
  /** The module, when it has no problems: ready to add. */
  module: CompiledModule | null;
  /** As far as it could be read, also with problems: for the editor's preview. */
  preview: CompiledModule | null;
  /** Problems and notes, in the order of the file. */
  problems: Problem[];
}

const FILE_NAME = 'module';

/** Compiles a module file and lists its problems (nothing is stored). */
export async function checkModuleFile(text: string, fileName = FILE_NAME): Promise<CheckedModule> {
  const problems = new ProblemList(fileName);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_MODULE_FILE_BYTES) {
    problems.add(1, 'file-too-large', { size: Math.ceil(bytes / 1000) });
    return { module: null, preview: null, problems: problems.items };
  }
  const sources = splitModuleFile(text, fileName, problems);
  const parsed = sources ? compileModuleSources(sources, problems) : null;
  if (parsed) {
    if (parsed.meta.kind === 'glossary') problems.forFile(fileName).add(1, 'glossary-in-app');
    const glossary = await loadGlossary('nl');
    checkGlossaryLinks([parsed], new Set(glossary.map((term) => term.id)), problems);
  }
  const items = [...problems.items].sort((a, b) => a.line - b.line);
  const preview = parsed && { folder: parsed.folder, meta: parsed.meta, texts: parsed.texts };
  return { module: items.some(isProblem) ? null : preview, preview, problems: items };
}

export type InstallResult = { ok: true; id: string; meta: ModuleMeta } | { ok: false; problem: Problem; problems: Problem[] };

/**
 * Adds a module file to this device, or changes the module it belongs to. Nothing changes when it
 * has a problem. Which module a file may replace:
 * - `editing` (the module open in the editor): only that one, so its id must stay;
 * - `isNew` (a new module in the editor): none, its id must be free;
 * - otherwise (an opened file, a course package): a built-in module (the file is an adapted
 *   version, with the same ids, so answers stay) or a device module with the same title.
 */
export async function installModuleFile(text: string, options: InstallOptions = {}): Promise<InstallResult> {
  const checked = await checkInstall(text, options);
  if (!checked.ok) return checked;
  const { module, existing } = checked;
  const { id } = module.meta;
  await putDeviceModule({
    id,
    file: text,
    meta: module.meta,
    texts: module.texts,
    adapts: builtInModule(id) !== undefined,
    savedAt: Date.now(),
  });
  if (!existing) await addToCoursePlan(id);
  return { ok: true, id, meta: module.meta };
}

/**
 * True when all these files (a course package) can be added as they are, each like an opened
 * file, and no two are the same module: then adding them one by one cannot stop halfway.
 */
export async function canInstallAll(texts: string[]): Promise<boolean> {
  const ids = new Set<string>();
  for (const text of texts) {
    const checked = await checkInstall(text, {});
    if (!checked.ok || ids.has(checked.module.meta.id)) return false;
    ids.add(checked.module.meta.id);
  }
  return true;
}

interface InstallOptions {
  editing?: string;
  isNew?: boolean;
  fileName?: string;
}

type InstallCheck = { ok: true; module: CompiledModule; existing: ModuleMeta | undefined } | Extract<InstallResult, { ok: false }>;

/** Whether a file may be added (see installModuleFile); nothing is stored. */
async function checkInstall(text: string, options: InstallOptions): Promise<InstallCheck> {
  const { module, problems } = await checkModuleFile(text, options.fileName);
  const refuse = (problem: Problem): InstallCheck => ({ ok: false, problem, problems: problems.some(isProblem) ? problems : [problem] });
  const first = problems.find(isProblem);
  if (first || !module) return refuse(first ?? problems[0]!);
  const { id } = module.meta;
  const at = (key: Problem['key'], params: Problem['params']): Problem => ({
    file: options.fileName ?? FILE_NAME,
    line: 1,
    key,
    params,
    level: 'problem',
  });
  if (options.editing && options.editing !== id) return refuse(at('adapt-changes-id', { id: options.editing }));
  // Storage, not the content list: that one follows a moment later.
  const onDevice = (await listDeviceModules()).find((row) => row.id === id)?.meta;
  const existing = onDevice ?? builtInModule(id);
  const otherModule = onDevice !== undefined && onDevice.title.nl !== module.meta.title.nl;
  const taken = options.isNew ? existing !== undefined : !options.editing && otherModule;
  if (existing && taken) return refuse(at('module-id-taken', { id, title: existing.title.nl }));
  return { ok: true, module, existing };
}

/**
 * A module the trainer adds herself is in her course plan (at the end) and is not offered again as
 * "new in this version". A plan of all modules (null) takes it anyway.
 */
async function addToCoursePlan(id: string): Promise<void> {
  await updateDeviceSetting('coursePlan', (plan) => (plan && !plan.includes(id) ? [...plan, id] : plan));
  await updateDeviceSetting('knownModules', (known) => (known && !known.includes(id) ? [...known, id] : known));
}

/** The module file of any module: as stored on this device, or the built-in one from the build. */
export async function moduleFileOf(id: string): Promise<string | null> {
  const onDevice = (await listDeviceModules()).find((row) => row.id === id);
  return onDevice ? onDevice.file : builtInFileOf(id);
}

/** The file of the built-in module with this id (to adapt it, or to compare). */
export async function builtInFileOf(id: string): Promise<string | null> {
  const { sourceLoaders } = await import('virtual:workbook/sources');
  const load = sourceLoaders[id];
  return load ? (await load()).default : null;
}

/** A file name for saving a module: its id and the extension the build reads. */
export const moduleFileName = (id: string): string => `${id || 'module'}${MODULE_FILE_EXTENSION}`;
