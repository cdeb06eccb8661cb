import { describe, expect, it } from 'vitest';
import { answerPieces, chosenModules, writingLines } from '../../src/screens/print/options.ts';
import { paginate, type MeasuredUnit, type PageSlice } from '../../src/screens/print/paginate.ts';

const text = (height: number, top = 0): MeasuredUnit => ({ height, top, keep: false });
const heading = (height: number, top = 0): MeasuredUnit => ({ height, top, keep: true });
const piece = (height: number, group: string): MeasuredUnit => ({ height, top: 0, keep: false, group });

/** The pages as lists of unit indexes, per chapter: [[chapter, [0, 1]], …]. */
function pagesOf(slices: PageSlice[]): [number, number[]][] {
  return slices.map((s) => [s.chapter, Array.from({ length: s.end - s.start }, (_, i) => s.start + i)]);
}

function heightOn(chapters: MeasuredUnit[][], slice: PageSlice): number {
  return chapters[slice.chapter]!.slice(slice.start, slice.end).reduce((sum, u, i) => sum + u.height - (i === 0 ? u.top : 0), 0);
}

describe('laying out the booklet in pages', () => {
  it('fills a page and goes on on the next one, placing every piece once and in order', () => {
    const chapters = [[text(40), text(40), text(40), text(40), text(40)]];
    const pages = paginate(chapters, 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0, 1]],
      [0, [2, 3]],
      [0, [4]],
    ]);
    for (const page of pages) expect(heightOn(chapters, page)).toBeLessThanOrEqual(100);
  });

  it('starts every chapter on a new page and never makes an empty page', () => {
    const pages = paginate([[text(10)], [], [text(10), text(10)]], 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0]],
      [2, [0, 1]],
    ]);
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    // The heading fits, but the exercise under it does not: both go to the next page.
    const pages = paginate([[text(60), heading(15), text(40)]], 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0]],
      [0, [1, 2]],
    ]);
  });

  it('keeps a chain of headings with the first piece after them', () => {
    const pages = paginate([[text(50), heading(10), heading(10), text(40)]], 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0]],
      [0, [1, 2, 3]],
    ]);
  });

  it('drops the space above a piece at the top of a page', () => {
    // 30 + 60 + 20 = 110 > 100, but on a new page the 20 of space above falls away: 90 fits.
    const pages = paginate([[text(30), text(60), text(30, 20)]], 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0, 1]],
      [0, [2]],
    ]);
    expect(paginate([[text(90, 20), text(30)]], 100)).toHaveLength(1);
  });

  it('keeps a short box on one page, and lets a long one go on over the next page', () => {
    const short = paginate([[text(70), piece(15, 'a'), piece(15, 'a'), piece(15, 'a')]], 100);
    expect(pagesOf(short)).toEqual([
      [0, [0]],
      [0, [1, 2, 3]],
    ]);
    const long = paginate([[text(40), piece(30, 'b'), piece(30, 'b'), piece(30, 'b')]], 100);
    expect(pagesOf(long)).toEqual([
      [0, [0, 1, 2]],
      [0, [3]],
    ]);
    // A heading goes along with the whole short box under it.
    const headed = paginate([[text(65), heading(10), piece(15, 'c'), piece(15, 'c')]], 100);
    expect(pagesOf(headed)).toEqual([
      [0, [0]],
      [0, [1, 2, 3]],
    ]);
  });

  it('gives a piece taller than a page a page of its own instead of losing it', () => {
    const pages = paginate([[text(20), text(150), text(20)]], 100);
    expect(pagesOf(pages)).toEqual([
      [0, [0]],
      [0, [1]],
      [0, [2]],
    ]);
  });
});

describe('print options', () => {
  it('prints the chosen modules in the order of the course', () => {
    const course = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(chosenModules(course, 'all').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(chosenModules(course, ['c', 'a']).map((m) => m.id)).toEqual(['a', 'c']);
    expect(chosenModules(course, [])).toEqual([]);
  });

  it('gives room to write by hand: a little more than on screen', () => {
    expect(writingLines(4)).toBe(5);
    expect(writingLines(1)).toBe(4);
    expect(writingLines(30)).toBe(9);
  });

  it('cuts a long answer into pieces between paragraphs, sentences or words, losing nothing', () => {
    expect(answerPieces('  ')).toEqual([]);
    expect(answerPieces('Een.\n\nTwee.\r\n\r\nDrie.')).toEqual(['Een.', 'Twee.', 'Drie.']);
    expect(answerPieces('Regel een\nregel twee')).toEqual(['Regel een\nregel twee']);
    const long = 'Dit is een zin. '.repeat(100).trim();
    const pieces = answerPieces(long, 200);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(200);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(long);
    const word = 'x'.repeat(450);
    expect(answerPieces(word, 200)).toEqual(['x'.repeat(200), 'x'.repeat(200), 'x'.repeat(50)]);
  });
});
