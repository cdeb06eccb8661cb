// What a person chooses on the print screen. The booklet is built from these choices.

export type PaperSize = 'A4' | 'A5';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'A5'];

/** "mine": with the client's own answers and top 3. "blank": lines to write on by hand. */
export type Edition = 'mine' | 'blank';

export interface PrintOptions {
  /** 'all': every module of the course; otherwise the chosen module ids. */
  modules: 'all' | readonly string[];
  edition: Edition;
  size: PaperSize;
  /** The trainer's edition: trainer notes and the feedback of every scenario choice. */
  trainer: boolean;
  glossary: boolean;
  /** Double-sided: every part starts on a right-hand page. */
  duplex: boolean;
  /** A5 only: two pages on each A4 sheet in booklet order, to fold into a booklet. */
  fold: boolean;
}

export const DEFAULT_OPTIONS: PrintOptions = {
  modules: 'all',
  edition: 'mine',
  size: 'A4',
  trainer: false,
  glossary: false,
  duplex: false,
  fold: false,
};

/** The modules to print, in the order of the course. */
export function chosenModules<T extends { id: string }>(course: readonly T[], choice: PrintOptions['modules']): T[] {
  return choice === 'all' ? [...course] : course.filter((module) => choice.includes(module.id));
}

/** Ruled lines under a question in the blank workbook: a little more room than on screen, for handwriting. */
export function writingLines(lines: number): number {
  return Math.min(Math.max(lines, 3), 8) + 1;
}

/**
 * A long answer is printed in pieces so that it can go on over the next page. Each piece is a
 * paragraph the client typed; a very long paragraph is cut between sentences (or words).
 */
export function answerPieces(text: string, maxLength = 600): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
  return paragraphs.flatMap((paragraph) => cut(paragraph, maxLength));
}

function cut(paragraph: string, maxLength: number): string[] {
  if (paragraph.length <= maxLength) return [paragraph];
  const sentences = paragraph.match(/[^.!?\n]+(?:[.!?]+|\n|$)\s*/g) ?? [paragraph];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences.flatMap((s) => (s.length > maxLength ? words(s, maxLength) : [s]))) {
    if (current && current.length + sentence.length > maxLength) {
      pieces.push(current.trimEnd());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) pieces.push(current.trimEnd());
  return pieces;
}

function words(sentence: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let word of sentence.split(/(?<=\s)/)) {
    // A "word" longer than a piece (a pasted link, say) is cut hard.
    while (word.length > maxLength) {
      if (current) pieces.push(current);
      current = '';
      pieces.push(word.slice(0, maxLength));
      word = word.slice(maxLength);
    }
    if (current && current.length + word.length > maxLength) {
      pieces.push(current);
      current = '';
    }
    current += word;
  }
  if (current) pieces.push(current);
  return pieces;
}
