// Compiles one module from its texts (module.yml, nl.md, optional en.md) and collects every
// problem. Pure: no files, no Node. The build (compile.ts) and the app's module editor both use it.
import { LineCounter, parseDocument, type Document } from 'yaml';
import {
  EXERCISE_KINDS,
  LANGUAGES,
  LEVELS,
  PICTURES,
  THEMES,
  type Block,
  type ExerciseRef,
  type GlossaryEntry,
  type Language,
  type Level,
  type ModuleMeta,
  type Picture,
  type ModuleText,
  type PracticeData,
  type Theme,
} from '../content/types.ts';
import { glossaryEntries } from '../content/text.ts';
import { DEFAULT_PICTURE } from '../content/pictures.ts';
import { parseBody, type ParsedSection } from './blocks.ts';
import type { MarkdownContext } from './markdown.ts';
import { ProblemList, type Problem } from './problems.ts';

export interface CompiledModule {
  /** Where the module came from: its folder, or its module file. */
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
  /** Good to know, not wrong (e.g. no English text yet). */
  notes: Problem[];
}

/** One text of a module: a file of its own, or a part of a module file. */
export interface SourcePart {
  file: string;
  text: string;
  /** Lines above this part in its file, so that problems point at the right line. */
  offset: number;
}

export interface ModuleSources {
  folder: string;
  settings: SourcePart;
  texts: Partial<Record<Language, SourcePart>>;
}

export interface ParsedLanguage {
  file: string;
  offset: number;
  text: ModuleText;
  sections: ParsedSection[];
  termLinks: MarkdownContext['termLinks'];
}

export type ParsedModule = CompiledModule & { parsed: ParsedLanguage[] };

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The title of modules/_template/en.md: an English text nobody wrote yet. */
const TEMPLATE_TITLE = /^title:\s*Title of the module\s*$/m;

export function compileModuleSources(sources: ModuleSources, problems: ProblemList): ParsedModule | null {
  const { folder } = sources;
  const settingsProblems = problems.forFile(sources.settings.file, sources.settings.offset);
  const settings = readSettings(sources.settings.text, settingsProblems);
  // With broken settings the texts are still checked, so authors see every problem at once.
  const isGlossary = settings ? settings.kind === 'glossary' : /^kind:\s*glossary\b/m.test(sources.settings.text);

  const dutchPart = sources.texts.nl;
  if (!dutchPart) {
    problems.forFile(`${folder}/nl.md`).add(1, 'dutch-missing');
    return null;
  }
  const before = problems.items.length;
  const dutch = readPart(dutchPart, 'nl', settings?.id ?? '', isGlossary, problems);
  const dutchIsClean = problems.items.length === before;
  const languages = dutch ? [dutch] : [];
  const englishPart = sources.texts.en;
  if (!englishPart) {
    if (!isGlossary) problems.forFile(dutchPart.file, dutchPart.offset).note(1, 'no-english-note');
  } else if (TEMPLATE_TITLE.test(englishPart.text)) {
    problems.forFile(englishPart.file, englishPart.offset).note(1, 'english-is-template-note');
  } else {
    const english = readPart(englishPart, 'en', settings?.id ?? '', isGlossary, problems);
    if (english) languages.push(english);
    // A broken nl.md would make every difference a false alarm: compare only against a clean one.
    if (english && dutch && dutchIsClean) compareTranslation(dutch, english, problems.forFile(english.file, english.offset));
  }
  if (!dutch || !settings) return null;

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
    // Filled from the practice data by the build (compile.ts); a module made in the app has none.
    practiceTasks: [],
  };
  return { folder, meta, texts, parsed: languages };
}

function readPart(part: SourcePart, lang: Language, id: string, isGlossary: boolean, problems: ProblemList): ParsedLanguage | null {
  const parsed = readLanguageFile(part.text, part.file, lang, id, isGlossary, problems.forFile(part.file, part.offset));
  return parsed && { ...parsed, offset: part.offset };
}

/** The glossary ids that links in modules may point at. */
export function glossaryIds(glossary: CompiledWorkbook['glossary']): Set<string> {
  return new Set((glossary.nl ?? []).map((term) => term.id));
}

type Settings = Pick<ModuleMeta, 'id' | 'kind' | 'level' | 'order' | 'minutes' | 'themes' | 'picture' | 'version' | 'sources'>;

function readSettings(source: string, problems: ProblemList): Settings | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    // The first error only: the ones after it are mostly the same mistake seen again.
    problems.add(lineCounter.linePos(error.pos[0]).line, 'settings-unreadable', { code: error.code });
    return null;
  }
  const lineOf = (key: string) => keyLine(doc, key, lineCounter);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const known = ['id', 'kind', 'level', 'order', 'minutes', 'themes', 'picture', 'version', 'sources'];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) problems.add(lineOf(key), 'unknown-setting', { key, known: known.join(', ') });
  }

  const id = data.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    if (id === undefined) problems.add(lineOf('id'), 'setting-missing', { key: 'id', example: 'jezelf-laten-zien' });
    else problems.add(lineOf('id'), 'bad-module-id', { id: String(id) });
  }
  const order = wholeNumber(data.order, 'order', 1, 999, lineOf('order'), problems);
  const minutes = wholeNumber(data.minutes, 'minutes', 1, 120, lineOf('minutes'), problems);
  const version = wholeNumber(data.version, 'version', 1, 9999, lineOf('version'), problems);
  const kind = data.kind ?? 'workbook';
  if (kind !== 'workbook' && kind !== 'glossary' && kind !== 'course') problems.add(lineOf('kind'), 'unknown-kind', { kind: String(kind) });
  const level = data.level ?? 'everyone';
  if (!LEVELS.includes(level as Level)) problems.add(lineOf('level'), 'unknown-level', { level: String(level), levels: LEVELS.join(', ') });

  const picture = data.picture ?? DEFAULT_PICTURE;
  if (!PICTURES.includes(picture as Picture)) {
    problems.add(lineOf('picture'), 'unknown-picture', { picture: String(picture), pictures: PICTURES.join(', ') });
  }

  const themes = Array.isArray(data.themes) ? data.themes : [];
  const badThemes = themes.filter((theme) => !THEMES.includes(theme as Theme));
  if (themes.length === 0 || badThemes.length > 0) {
    if (badThemes.length) problems.add(lineOf('themes'), 'unknown-theme', { themes: badThemes.map((t) => `"${String(t)}"`).join(', ') });
    else problems.add(lineOf('themes'), 'themes-missing');
  }
  const sources = Array.isArray(data.sources) ? data.sources.map(String) : [];
  if (data.sources !== undefined && !Array.isArray(data.sources)) {
    problems.add(lineOf('sources'), 'sources-not-list');
  }
  if (typeof id !== 'string' || order === null || minutes === null || version === null) return null;
  return {
    id,
    kind: kind === 'glossary' || kind === 'course' ? kind : 'workbook',
    level: LEVELS.includes(level as Level) ? (level as Level) : 'everyone',
    order,
    minutes,
    version,
    themes: themes as Theme[],
    picture: PICTURES.includes(picture as Picture) ? (picture as Picture) : DEFAULT_PICTURE,
    sources,
  };
}

function keyLine(doc: Document, key: string, lineCounter: LineCounter): number {
  const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
}

function wholeNumber(value: unknown, key: string, min: number, max: number, line: number, problems: ProblemList): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  const example = min === 1 && key === 'minutes' ? 15 : min;
  if (value === undefined) problems.add(line, 'setting-missing', { key, example });
  else problems.add(line, 'bad-whole-number', { key, min, max, example });
  return null;
}

function readLanguageFile(
  source: string,
  file: string,
  lang: Language,
  id: string,
  isGlossary: boolean,
  problems: ProblemList,
): ParsedLanguage | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  if (close === -1) {
    problems.add(1, 'header-missing');
    return null;
  }
  const header = readHeader(lines.slice(1, close).join('\n'), problems);
  const ctx: MarkdownContext = { problems, firstLine: close + 2, termLinks: [] };
  const sections = parseBody(lines.slice(close + 1).join('\n'), close + 2, ctx, isGlossary);
  if (sections.length === 0) problems.add(close + 2, 'no-text');
  checkUniqueIds(sections, problems);
  if (!header) return null;
  const text: ModuleText = {
    id,
    lang,
    ...header,
    sections: sections.map(({ title, blocks }) => ({ title, blocks })),
  };
  return { file, offset: 0, text, sections, termLinks: ctx.termLinks };
}

function readHeader(source: string, problems: ProblemList): { title: string; summary: string } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    problems.add(1 + lineCounter.linePos(doc.errors[0]!.pos[0]).line, 'header-unreadable');
    return null;
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  let ok = true;
  for (const key of ['title', 'summary'] as const) {
    if (typeof data[key] !== 'string' || !String(data[key]).trim()) {
      problems.add(1 + keyLine(doc, key, lineCounter), 'header-key-missing', { key });
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
      if (first !== undefined) problems.add(line, 'duplicate-id', { id, line: problems.lineInFile(first) });
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
      if (!original) problems.add(line, 'translation-extra', { id });
      else if (original.t !== block.t) problems.add(line, 'translation-kind', { id, here: block.t, there: original.t });
      else if (optionCount(original) !== optionCount(block)) {
        problems.add(line, 'translation-options', { id, here: optionCount(block), there: optionCount(original) });
      }
    });
  }
  for (const id of dutchBlocks.keys()) {
    if (!otherIds.has(id)) problems.add(1, 'translation-missing', { id });
  }
  if (dutch.sections.length !== other.sections.length) {
    problems.add(1, 'translation-pages', { here: other.sections.length, there: dutch.sections.length });
  }
}

export function checkAcrossModules(modules: { folder: string; meta: ModuleMeta }[], problems: ProblemList): void {
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { folder, meta } of modules) {
    const file = problems.forFile(`${folder}/module.yml`);
    const sameId = ids.get(meta.id);
    if (sameId) file.add(1, 'duplicate-module-id', { id: meta.id, other: sameId });
    ids.set(meta.id, folder);
    const sameOrder = orders.get(meta.order);
    if (sameOrder) file.add(1, 'duplicate-order', { order: meta.order, other: sameOrder });
    orders.set(meta.order, folder);
  }
  const glossaries = modules.filter((m) => m.meta.kind === 'glossary');
  if (glossaries.length > 1) problems.forFile(`${glossaries[1]!.folder}/module.yml`).add(1, 'two-glossaries');
}

export function collectGlossary(modules: (CompiledModule & { parsed: ParsedLanguage[] })[]): CompiledWorkbook['glossary'] {
  const glossaryModule = modules.find((m) => m.meta.kind === 'glossary');
  const glossary: CompiledWorkbook['glossary'] = {};
  if (!glossaryModule) return glossary;
  for (const lang of LANGUAGES) {
    const text = glossaryModule.texts[lang];
    if (!text) continue;
    glossary[lang] = glossaryEntries(text);
  }
  return glossary;
}

export function checkGlossaryLinks(modules: { parsed: ParsedLanguage[] }[], known: ReadonlySet<string>, problems: ProblemList): void {
  for (const module of modules) {
    for (const language of module.parsed) {
      const file = problems.forFile(language.file, language.offset);
      for (const link of language.termLinks) {
        if (!known.has(link.id)) {
          file.add(link.line, 'unknown-term', { id: link.id, noGlossary: known.size ? '' : 'yes' });
        }
      }
    }
  }
}
