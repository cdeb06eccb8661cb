// Compiles the modules/ folder into data the app can render, and collects every problem.
// Used by the Vite plugin (at build time) and by `npm run check:modules`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import {
  EXERCISE_KINDS,
  LANGUAGES,
  LEVELS,
  THEMES,
  type Block,
  type ExerciseRef,
  type GlossaryEntry,
  type GlossaryTerm,
  type Language,
  type Level,
  type ModuleMeta,
  type PracticeData,
  type ModuleText,
  type Theme,
} from '../content/types.ts';
import { blocksText } from '../content/text.ts';
import { parseBody, type ParsedSection } from './blocks.ts';
import type { MarkdownContext } from './markdown.ts';
import { ProblemList, type Problem } from './problems.ts';
import { PRACTICE_FILE, readPractice } from './practice.ts';

export interface CompiledModule {
  folder: string;
  meta: ModuleMeta;
  texts: Partial<Record<Language, ModuleText>>;
}

export interface CompiledWorkbook {
  modules: CompiledModule[];
  glossary: Partial<Record<Language, GlossaryEntry[]>>;
  /** The practice app's data (modules/oefenen.yml), null when there is none. */
  practice: PracticeData | null;
  problems: Problem[];
}

interface ParsedLanguage {
  file: string;
  text: ModuleText;
  sections: ParsedSection[];
  termLinks: MarkdownContext['termLinks'];
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function compileWorkbook(modulesDir: string, rootDir = join(modulesDir, '..')): CompiledWorkbook {
  const problems = new ProblemList(relative(rootDir, modulesDir) || 'modules');
  const folders = existsSync(modulesDir)
    ? readdirSync(modulesDir)
        .filter((name) => !name.startsWith('_') && !name.startsWith('.') && statSync(join(modulesDir, name)).isDirectory())
        .sort()
    : [];
  if (folders.length === 0) problems.add(1, 'there are no modules', 'copy modules/_template to a new folder and fill it in');

  const parsed = folders
    .map((folder) => compileModule(join(modulesDir, folder), relative(rootDir, join(modulesDir, folder)), problems))
    .filter((module): module is CompiledModule & { parsed: ParsedLanguage[] } => module !== null);

  checkAcrossModules(parsed, problems);
  const glossary = collectGlossary(parsed);
  checkGlossaryLinks(parsed, glossary, problems);
  const practice = readPractice(
    modulesDir,
    problems.forFile(join(relative(rootDir, modulesDir) || 'modules', PRACTICE_FILE)),
    new Set(parsed.map((m) => m.meta.id)),
  );
  linkPracticeTasks(parsed, practice, problems);

  const modules = parsed.map(({ parsed: _parsed, ...module }) => module).sort((a, b) => a.meta.order - b.meta.order);
  return { modules, glossary, practice, problems: problems.items };
}

function compileModule(dir: string, folder: string, problems: ProblemList): (CompiledModule & { parsed: ParsedLanguage[] }) | null {
  const settingsFile = join(dir, 'module.yml');
  const settingsProblems = problems.forFile(`${folder}/module.yml`);
  if (!existsSync(settingsFile)) {
    settingsProblems.add(1, 'module.yml is missing', 'copy module.yml from modules/_template and fill it in');
    return null;
  }
  const settingsText = readFileSync(settingsFile, 'utf8');
  const settings = readSettings(settingsText, settingsProblems);
  // With broken settings the texts are still checked, so authors see every problem at once.
  const isGlossary = settings ? settings.kind === 'glossary' : /^kind:\s*glossary\b/m.test(settingsText);

  const languages: ParsedLanguage[] = [];
  for (const lang of LANGUAGES) {
    const file = join(dir, `${lang}.md`);
    if (!existsSync(file)) {
      if (lang === 'nl')
        problems
          .forFile(`${folder}/nl.md`)
          .add(1, 'nl.md is missing: the Dutch text is required', 'copy nl.md from modules/_template and write the text');
      continue;
    }
    const result = readLanguageFile(readFileSync(file, 'utf8'), `${folder}/${lang}.md`, lang, settings?.id ?? '', isGlossary, problems);
    if (result) languages.push(result);
  }
  const dutch = languages.find((l) => l.text.lang === 'nl');
  if (!dutch || !settings) return null;
  for (const other of languages) if (other !== dutch) compareTranslation(dutch, other, problems.forFile(other.file));

  const title: ModuleMeta['title'] = { nl: dutch.text.title };
  const summary: ModuleMeta['summary'] = { nl: dutch.text.summary };
  const texts: CompiledModule['texts'] = {};
  for (const l of languages) {
    title[l.text.lang] = l.text.title;
    summary[l.text.lang] = l.text.summary;
    texts[l.text.lang] = l.text;
  }
  const meta: ModuleMeta = {
    ...settings,
    title,
    summary,
    languages: languages.map((l) => l.text.lang),
    sectionCount: dutch.text.sections.length,
    exercises: exerciseRefs(dutch.text.sections.flatMap((s) => s.blocks)),
    practiceTasks: [],
  };
  return { folder, meta, texts, parsed: languages };
}

type Settings = Pick<ModuleMeta, 'id' | 'kind' | 'level' | 'order' | 'minutes' | 'themes' | 'version' | 'sources'>;

function readSettings(source: string, problems: ProblemList): Settings | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.add(
        lineCounter.linePos(error.pos[0]).line,
        `this line cannot be read (${error.code})`,
        'write each setting as "name: value" on its own line; check colons and quotes',
      );
    }
    return null;
  }
  const lineOf = (key: string) => keyLine(doc, key, lineCounter);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const known = ['id', 'kind', 'level', 'order', 'minutes', 'themes', 'version', 'sources'];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) problems.add(lineOf(key), `unknown setting "${key}"`, `remove it; module.yml knows ${known.join(', ')}`);
  }

  const id = data.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    problems.add(
      lineOf('id'),
      id === undefined ? 'the setting "id" is missing' : `the id "${String(id)}" is not allowed`,
      'write for example "id: jezelf-laten-zien" (small letters, digits and -)',
    );
  }
  const order = wholeNumber(data.order, 'order', 1, 999, lineOf('order'), problems);
  const minutes = wholeNumber(data.minutes, 'minutes', 1, 120, lineOf('minutes'), problems);
  const version = wholeNumber(data.version, 'version', 1, 9999, lineOf('version'), problems);
  const kind = data.kind ?? 'workbook';
  if (kind !== 'workbook' && kind !== 'glossary')
    problems.add(lineOf('kind'), `kind "${String(kind)}" is not known`, 'leave "kind" out, or write "kind: glossary" for the glossary');

  const level = data.level ?? 'everyone';
  if (!LEVELS.includes(level as Level))
    problems.add(lineOf('level'), `level "${String(level)}" is not known`, `write "level: " and one of ${LEVELS.join(', ')}`);

  const themes = Array.isArray(data.themes) ? data.themes : [];
  const badThemes = themes.filter((theme) => !THEMES.includes(theme as Theme));
  if (themes.length === 0 || badThemes.length > 0) {
    problems.add(
      lineOf('themes'),
      badThemes.length ? `unknown theme ${badThemes.map((t) => `"${String(t)}"`).join(', ')}` : 'the setting "themes" is missing or empty',
      `write for example "themes: [identity, hope]"; themes are ${THEMES.join(', ')}`,
    );
  }
  const sources = Array.isArray(data.sources) ? data.sources.map(String) : [];
  if (data.sources !== undefined && !Array.isArray(data.sources)) {
    problems.add(lineOf('sources'), '"sources" is not a list', 'write each source on its own line starting with "  - "');
  }
  if (typeof id !== 'string' || order === null || minutes === null || version === null) return null;
  return {
    id,
    kind: kind === 'glossary' ? 'glossary' : 'workbook',
    level: LEVELS.includes(level as Level) ? (level as Level) : 'everyone',
    order,
    minutes,
    version,
    themes: themes as Theme[],
    sources,
  };
}

function keyLine(doc: Document, key: string, lineCounter: LineCounter): number {
  const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
}

function wholeNumber(value: unknown, key: string, min: number, max: number, line: number, problems: ProblemList): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  problems.add(
    line,
    value === undefined ? `the setting "${key}" is missing` : `"${key}" must be a whole number from ${min} to ${max}`,
    `write for example "${key}: ${min === 1 && key === 'minutes' ? 15 : min}"`,
  );
  return null;
}

function readLanguageFile(
  source: string,
  file: string,
  lang: Language,
  id: string,
  isGlossary: boolean,
  all: ProblemList,
): ParsedLanguage | null {
  const problems = all.forFile(file);
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  if (close === -1) {
    problems.add(
      1,
      'the header with title and summary is missing or not closed',
      'start the file with a line ---, then "title: …" and "summary: …", then a line ---',
    );
    return null;
  }
  const header = readHeader(lines.slice(1, close).join('\n'), problems);
  const ctx: MarkdownContext = { problems, firstLine: close + 2, termLinks: [] };
  const sections = parseBody(lines.slice(close + 1).join('\n'), close + 2, ctx, isGlossary);
  if (sections.length === 0)
    problems.add(close + 2, 'the module has no text', 'write an introduction and at least one page starting with "## "');
  checkUniqueIds(sections, problems);
  if (!header) return null;
  const text: ModuleText = {
    id,
    lang,
    ...header,
    sections: sections.map(({ title, blocks }) => ({ title, blocks })),
  };
  return { file, text, sections, termLinks: ctx.termLinks };
}

function readHeader(source: string, problems: ProblemList): { title: string; summary: string } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    problems.add(
      1 + lineCounter.linePos(doc.errors[0]!.pos[0]).line,
      'the header cannot be read',
      'write "title: …" and "summary: …" each on one line; put text with a colon in "quotes"',
    );
    return null;
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  let ok = true;
  for (const key of ['title', 'summary'] as const) {
    if (typeof data[key] !== 'string' || !String(data[key]).trim()) {
      problems.add(1 + keyLine(doc, key, lineCounter), `the header has no ${key}`, `add a line "${key}: …" between the two --- lines`);
      ok = false;
    }
  }
  return ok ? { title: String(data.title).trim(), summary: String(data.summary).trim() } : null;
}

function idOf(block: Block): string | null {
  return 'id' in block && typeof block.id === 'string' ? block.id : null;
}

function checkUniqueIds(sections: ParsedSection[], problems: ProblemList): void {
  const seen = new Map<string, number>();
  for (const section of sections) {
    section.blocks.forEach((block, index) => {
      const id = idOf(block);
      if (!id) return;
      const line = section.lines[index] ?? section.line;
      const first = seen.get(id);
      if (first !== undefined)
        problems.add(
          line,
          `the id "${id}" is used twice (also on line ${first})`,
          'give each exercise its own id; never change the id of an exercise that is in use',
        );
      else seen.set(id, line);
    });
  }
}

function exerciseRefs(blocks: Block[]): ExerciseRef[] {
  return blocks.flatMap((block): ExerciseRef[] => {
    if (block.t === 'tip') return [{ id: block.id, kind: 'tip' }];
    return (EXERCISE_KINDS as readonly string[]).includes(block.t) && 'id' in block
      ? [{ id: block.id, kind: block.t as ExerciseRef['kind'] }]
      : [];
  });
}

function optionCount(block: Block): number {
  switch (block.t) {
    case 'checklist':
    case 'choose':
      return block.options.length;
    case 'scale':
      return block.labels.length;
    case 'scenario':
      return block.choices.length;
    default:
      return 0;
  }
}

/** A translation must offer the same exercises, so that answers fit both languages. */
function compareTranslation(dutch: ParsedLanguage, other: ParsedLanguage, problems: ProblemList): void {
  const dutchBlocks = new Map(dutch.sections.flatMap((s) => s.blocks).flatMap((b) => (idOf(b) ? [[idOf(b)!, b] as const] : [])));
  const otherIds = new Set<string>();
  for (const section of other.sections) {
    section.blocks.forEach((block, index) => {
      const id = idOf(block);
      if (!id) return;
      otherIds.add(id);
      const line = section.lines[index] ?? section.line;
      const original = dutchBlocks.get(id);
      if (!original)
        problems.add(line, `the exercise "${id}" is not in nl.md`, 'use the same ids as in nl.md, or add the exercise there too');
      else if (original.t !== block.t)
        problems.add(line, `"${id}" is a ${block.t} here but a ${original.t} in nl.md`, 'use the same kind of block in both languages');
      else if (optionCount(original) !== optionCount(block)) {
        problems.add(
          line,
          `"${id}" has ${optionCount(block)} options here but ${optionCount(original)} in nl.md`,
          'give both languages the same options, in the same order',
        );
      }
    });
  }
  for (const id of dutchBlocks.keys()) {
    if (!otherIds.has(id)) problems.add(1, `the exercise "${id}" from nl.md is missing here`, 'translate it, with the same id');
  }
  if (dutch.sections.length !== other.sections.length) {
    problems.add(
      1,
      `this file has ${other.sections.length} pages, nl.md has ${dutch.sections.length}`,
      'give both languages the same pages ("## " headings), so that progress fits both',
    );
  }
}

function checkAcrossModules(modules: { folder: string; meta: ModuleMeta }[], problems: ProblemList): void {
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { folder, meta } of modules) {
    const file = problems.forFile(`${folder}/module.yml`);
    const sameId = ids.get(meta.id);
    if (sameId) file.add(1, `the id "${meta.id}" is also used by ${sameId}`, 'give every module its own id');
    ids.set(meta.id, folder);
    const sameOrder = orders.get(meta.order);
    if (sameOrder) file.add(1, `order ${meta.order} is also used by ${sameOrder}`, 'give every module its own order number');
    orders.set(meta.order, folder);
  }
  const glossaries = modules.filter((m) => m.meta.kind === 'glossary');
  if (glossaries.length > 1)
    problems
      .forFile(`${glossaries[1]!.folder}/module.yml`)
      .add(1, 'there is more than one glossary', 'keep "kind: glossary" in one module only');
}

function collectGlossary(modules: (CompiledModule & { parsed: ParsedLanguage[] })[]): CompiledWorkbook['glossary'] {
  const glossaryModule = modules.find((m) => m.meta.kind === 'glossary');
  const glossary: CompiledWorkbook['glossary'] = {};
  if (!glossaryModule) return glossary;
  for (const lang of LANGUAGES) {
    const text = glossaryModule.texts[lang];
    if (!text) continue;
    glossary[lang] = text.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is GlossaryTerm => b.t === 'definition')
      .map((term) => ({ id: term.id, name: term.name, text: blocksText(term.c).join(' ') }));
  }
  return glossary;
}

function checkGlossaryLinks(modules: { parsed: ParsedLanguage[] }[], glossary: CompiledWorkbook['glossary'], problems: ProblemList): void {
  const known = new Set((glossary.nl ?? []).map((term) => term.id));
  for (const module of modules) {
    for (const language of module.parsed) {
      const file = problems.forFile(language.file);
      for (const link of language.termLinks) {
        if (!known.has(link.id)) {
          file.add(
            link.line,
            `[[${link.id}]] is not in the glossary`,
            known.size
              ? 'use a word that the glossary explains, or add it to the glossary module'
              : 'add a glossary module (kind: glossary) that explains this word',
          );
        }
      }
    }
  }
}

/** Tasks count in their module's progress; ":::probeer" links must lead to a task that exists. */
function linkPracticeTasks(
  modules: (CompiledModule & { parsed: ParsedLanguage[] })[],
  practice: PracticeData | null,
  problems: ProblemList,
): void {
  const tasks = new Set(practice?.tasks.map((task) => task.id) ?? []);
  for (const module of modules) {
    module.meta.practiceTasks = practice?.tasks.filter((task) => task.module === module.meta.id).map((task) => task.id) ?? [];
    for (const language of module.parsed) {
      for (const section of language.sections) {
        section.blocks.forEach((block, index) => {
          if (block.t !== 'try' || tasks.has(block.task)) return;
          problems
            .forFile(language.file)
            .add(
              section.lines[index] ?? section.line,
              `there is no practice task "${block.task}"`,
              `use the id of a task in modules/${PRACTICE_FILE}`,
            );
        });
      }
    }
  }
}
