// `npm run check:content`: plain language for every module and language. Fails, naming the
// file and the sentence, when a module is over the limits. Trainer notes are for
// professionals and are not measured.
import { resolve } from 'node:path';
import { blocksText, inlineText } from '../content/text.ts';
import { EXERCISE_KINDS, LANGUAGES, type Block, type Language, type ModuleText } from '../content/types.ts';
import { compileWorkbook } from './compile.ts';
import { formatProblem } from './problems.ts';
import { PRACTICE_FILE, practiceTextUnits } from './practice.ts';
import { measure, splitSentences, countWords, type ReadabilityReport } from './readability.ts';

export const LIMITS = {
  averageSentenceLength: 14,
  longestSentence: 25,
  /** Flesch–Douma (nl) and Flesch reading ease (en): 60 and up reads as plain language. */
  minimumReadingEase: 60,
  /** Words of text on one page besides its exercises: about two phone screens with them. */
  wordsPerPage: 150,
  exercisesPerPage: 2,
} as const;

/** The text a client reads: headings, prose, questions, options, feedback, tips, stories. */
export function clientTextUnits(text: ModuleText): string[] {
  const units = [text.title, text.summary];
  for (const section of text.sections) {
    if (section.title) units.push(section.title);
    for (const block of section.blocks) units.push(...blockUnits(block));
  }
  return units.filter((unit) => unit.trim() !== '');
}

function blockUnits(block: Block): string[] {
  switch (block.t) {
    case 'trainer':
    case 'try':
      return [];
    case 'reflection':
      return [inlineText(block.prompt), ...blocksText(block.hint)];
    case 'checklist':
    case 'choose':
      return [...blocksText(block.prompt), ...block.options.map(inlineText)];
    case 'scale':
      return [...blocksText(block.prompt), ...block.labels.map(inlineText)];
    case 'scenario':
      return [...blocksText(block.prompt), ...block.choices.flatMap((c) => [inlineText(c.label), inlineText(c.feedback)])];
    case 'contacts':
      return blocksText(block.prompt);
    case 'tip':
      return [block.text];
    case 'story':
    case 'remember':
    case 'note':
    case 'definition':
      return blocksText(block.c);
    default:
      return blocksText([block]);
  }
}

const isExercise = (block: Block) => (EXERCISE_KINDS as readonly string[]).includes(block.t);

/**
 * Pages that are too long for a phone: over the words limit besides the exercises, or with more
 * than two exercises. One idea a page keeps each page to about two screens at 360×640.
 */
export function longPages(file: string, text: ModuleText): string[] {
  const problems: string[] = [];
  text.sections.forEach((section, index) => {
    const page = `${file}: page ${index + 1} ("${section.title ?? text.title}")`;
    const exercises = section.blocks.filter(isExercise).length;
    const prose = section.blocks.filter((block) => !isExercise(block));
    const words = [section.title ?? '', ...prose.flatMap(blockUnits)].reduce((sum, unit) => sum + countWords(unit), 0);
    if (words > LIMITS.wordsPerPage) {
      problems.push(`${page} has ${words} words besides its exercises (at most ${LIMITS.wordsPerPage}). Fix: split it with a "## heading"`);
    }
    if (exercises > LIMITS.exercisesPerPage) {
      problems.push(`${page} has ${exercises} exercises (at most ${LIMITS.exercisesPerPage}). Fix: split it with a "## heading"`);
    }
  });
  return problems;
}

export interface ContentReport extends ReadabilityReport {
  file: string;
  language: Language;
  problems: string[];
}

export function checkText(file: string, text: ModuleText): ContentReport {
  return checkUnits(file, text.lang, clientTextUnits(text));
}

/** The same limits for any text a client reads, such as the practice app's (modules/oefenen.yml). */
export function checkUnits(file: string, language: Language, units: string[]): ContentReport {
  const sentences = units.flatMap(splitSentences);
  const report = measure(sentences, language);
  const problems: string[] = [];
  if (report.averageSentenceLength > LIMITS.averageSentenceLength) {
    problems.push(
      `${file}: sentences are ${report.averageSentenceLength.toFixed(1)} words on average; the limit is ${LIMITS.averageSentenceLength}. Fix: split long sentences`,
    );
  }
  for (const sentence of sentences) {
    const count = countWords(sentence);
    if (count > LIMITS.longestSentence) {
      problems.push(`${file}: this sentence has ${count} words (at most ${LIMITS.longestSentence}): "${sentence}"`);
    }
  }
  if (report.readingEase < LIMITS.minimumReadingEase) {
    problems.push(
      `${file}: reading ease is ${report.readingEase.toFixed(0)} (at least ${LIMITS.minimumReadingEase}). Fix: use shorter words and sentences`,
    );
  }
  return { ...report, file, language, problems };
}

export function checkContent(modulesDir = resolve('modules')): number {
  const { modules, practice, problems } = compileWorkbook(modulesDir);
  const lines = problems.map(formatProblem);
  console.log('module                           lang  sentences  avg words  longest  reading ease');
  for (const module of modules) {
    for (const text of Object.values(module.texts)) {
      const report = checkText(`${module.folder}/${text.lang}.md`, text);
      console.log(
        `${module.meta.id.padEnd(32)} ${text.lang.padEnd(5)} ${String(report.sentences).padStart(9)}  ${report.averageSentenceLength.toFixed(1).padStart(9)}  ${String(report.longest.words).padStart(7)}  ${report.readingEase.toFixed(0).padStart(12)}`,
      );
      lines.push(...report.problems);
      if (module.meta.kind !== 'glossary') lines.push(...longPages(`${module.folder}/${text.lang}.md`, text));
    }
  }
  for (const lang of practice ? LANGUAGES : []) {
    const report = checkUnits(`modules/${PRACTICE_FILE} (${lang})`, lang, practiceTextUnits(practice!, lang));
    console.log(
      `${'practice app'.padEnd(32)} ${lang.padEnd(5)} ${String(report.sentences).padStart(9)}  ${report.averageSentenceLength.toFixed(1).padStart(9)}  ${String(report.longest.words).padStart(7)}  ${report.readingEase.toFixed(0).padStart(12)}`,
    );
    lines.push(...report.problems);
  }
  if (lines.length > 0) {
    for (const line of lines) console.error(line);
    console.error(`\n${lines.length} problem(s) in the module texts.`);
    return 1;
  }
  console.log('content ok');
  return 0;
}
