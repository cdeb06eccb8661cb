// A module file: one text file holding module.yml, nl.md and (optionally) en.md, so that a
// trainer can save a module, send it, and open it on another device. The build reads the same
// file from modules/ (name it <something>.zinvol.txt), so a trainer's module can be published unchanged.
//
//   === Zinvol module, format 1 ===
//   === module.yml ===
//   id: online-daten
//   …
//   === nl.md ===
//   ---
//   title: Online daten
//   …
//   === en.md ===        (optional)
import { LANGUAGES, type Language } from '../content/types.ts';
import type { ModuleSources, SourcePart } from './compile-module.ts';
import type { ProblemList } from './problems.ts';

export const MODULE_FILE_FORMAT = 1;
export const MODULE_FILE_EXTENSION = '.zinvol.txt';
export const MAX_MODULE_FILE_BYTES = 1_000_000;

const HEADER = /^===\s*Zinvol module, format (\d+)\s*===\s*$/i;
const PART = /^===\s*(module\.yml|nl\.md|en\.md)\s*===\s*$/;

/** The parts of a module file, or null (with one problem) when it is not a module file. */
export function splitModuleFile(text: string, file: string, problems: ProblemList): ModuleSources | null {
  const report = problems.forFile(file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  const header = first === -1 ? null : HEADER.exec(lines[first]!.trim());
  if (!header) {
    report.add(1, 'not-a-module-file');
    return null;
  }
  const format = Number(header[1]);
  if (format > MODULE_FILE_FORMAT) {
    report.add(first + 1, 'newer-format', { version: format });
    return null;
  }
  const parts = new Map<string, SourcePart>();
  let current: { name: string; start: number } | null = null;
  const close = (end: number) => {
    if (current)
      parts.set(current.name, { file, text: lines.slice(current.start, end).join('\n').trimEnd() + '\n', offset: current.start });
  };
  lines.forEach((line, index) => {
    const part = index > first ? PART.exec(line.trim()) : null;
    if (!part) return;
    close(index);
    current = { name: part[1]!, start: index + 1 };
  });
  close(lines.length);
  const settings = parts.get('module.yml');
  if (!settings || !parts.get('nl.md')) {
    report.add(1, 'part-missing', { part: settings ? 'nl.md' : 'module.yml' });
    return null;
  }
  const texts: ModuleSources['texts'] = {};
  for (const lang of LANGUAGES) {
    const part = parts.get(`${lang}.md`);
    if (part) texts[lang] = part;
  }
  return { folder: file, settings, texts };
}

/** Puts the texts of a module into one module file. */
export function joinModuleFile(settings: string, texts: Partial<Record<Language, string>>): string {
  const parts = [`=== Zinvol module, format ${MODULE_FILE_FORMAT} ===`, '=== module.yml ===', settings.trim(), ''];
  for (const lang of LANGUAGES) {
    const text = texts[lang];
    if (text !== undefined && text.trim() !== '') parts.push(`=== ${lang}.md ===`, text.trim(), '');
  }
  return parts.join('\n');
}
