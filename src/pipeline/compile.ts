// Compiles the modules/ folder into data the app can render, and collects every problem.
// Used by the Vite plugin (at build time) and by `npm run check:modules`. A module is a folder
// (module.yml, nl.md, en.md) or one module file (*.zinvol.txt), as the app saves it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES, type PracticeData } from '../content/types.ts';
import {
  checkAcrossModules,
  checkGlossaryLinks,
  collectGlossary,
  compileModuleSources,
  glossaryIds,
  type CompiledWorkbook,
  type ModuleSources,
  type ParsedModule,
} from './compile-module.ts';
import { MODULE_FILE_EXTENSION, joinModuleFile, splitModuleFile } from './module-file.ts';
import { PRACTICE_FILE, readPractice } from './practice.ts';
import { ProblemList, isProblem } from './problems.ts';

export type { CompiledModule, CompiledWorkbook } from './compile-module.ts';

export function compileWorkbook(modulesDir: string, rootDir = join(modulesDir, '..')): CompiledWorkbook {
  const problems = new ProblemList(relative(rootDir, modulesDir) || 'modules');
  const names = existsSync(modulesDir)
    ? readdirSync(modulesDir)
        .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
        .sort()
    : [];
  const entries = names.filter((name) => name.endsWith(MODULE_FILE_EXTENSION) || statSync(join(modulesDir, name)).isDirectory());
  if (entries.length === 0) problems.add(1, 'no-modules');

  const parsed = entries
    .map((name) => readSources(join(modulesDir, name), relative(rootDir, join(modulesDir, name)), problems))
    .map((sources) => sources && compileModuleSources(sources, problems))
    .filter((module): module is ParsedModule => module !== null);

  checkAcrossModules(parsed, problems);
  const glossary = collectGlossary(parsed);
  checkGlossaryLinks(parsed, glossaryIds(glossary), problems);
  const practice = readPractice(
    modulesDir,
    problems.forFile(join(relative(rootDir, modulesDir) || 'modules', PRACTICE_FILE)),
    new Set(parsed.map((m) => m.meta.id)),
  );
  linkPracticeTasks(parsed, practice, problems);

  const modules = parsed.map(({ parsed: _parsed, ...module }) => module).sort((a, b) => a.meta.order - b.meta.order);
  return {
    modules,
    glossary,
    practice,
    problems: problems.items.filter(isProblem),
    notes: problems.items.filter((p) => !isProblem(p)),
  };
}

/** Tasks count in their module's progress; ":::probeer" links must lead to a task that exists. */
function linkPracticeTasks(modules: ParsedModule[], practice: PracticeData | null, problems: ProblemList): void {
  const tasks = new Set(practice?.tasks.map((task) => task.id) ?? []);
  for (const module of modules) {
    module.meta.practiceTasks = practice?.tasks.filter((task) => task.module === module.meta.id).map((task) => task.id) ?? [];
    for (const language of module.parsed) {
      for (const section of language.sections) {
        section.blocks.forEach((block, index) => {
          if (block.t !== 'try' || tasks.has(block.task)) return;
          problems
            .forFile(language.file, language.offset)
            .add(section.lines[index] ?? section.line, 'unknown-practice-task', { task: block.task, file: PRACTICE_FILE });
        });
      }
    }
  }
}

function readSources(path: string, name: string, problems: ProblemList): ModuleSources | null {
  if (name.endsWith(MODULE_FILE_EXTENSION)) return splitModuleFile(readFileSync(path, 'utf8'), name, problems);
  const settings = join(path, 'module.yml');
  if (!existsSync(settings)) {
    problems.forFile(`${name}/module.yml`).add(1, 'settings-missing');
    return null;
  }
  const texts: ModuleSources['texts'] = {};
  for (const lang of LANGUAGES) {
    const file = join(path, `${lang}.md`);
    if (existsSync(file)) texts[lang] = { file: `${name}/${lang}.md`, text: readFileSync(file, 'utf8'), offset: 0 };
  }
  return { folder: name, settings: { file: `${name}/module.yml`, text: readFileSync(settings, 'utf8'), offset: 0 }, texts };
}

/** A module of modules/ as one module file: the file itself, or its folder's texts joined. */
export function moduleFileText(path: string): string {
  if (path.endsWith(MODULE_FILE_EXTENSION)) return readFileSync(path, 'utf8');
  const read = (name: string) => (existsSync(join(path, name)) ? readFileSync(join(path, name), 'utf8') : undefined);
  return joinModuleFile(read('module.yml') ?? '', { nl: read('nl.md'), en: read('en.md') });
}
