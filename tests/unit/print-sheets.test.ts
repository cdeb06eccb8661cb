import { describe, expect, it } from 'vitest';
import { foldOrder, withBlankLefts } from '../../src/screens/print/sheets.ts';

const page = (chapter: number, start: number) => ({ chapter, start, end: start + 1 });

describe('sheets of paper', () => {
  it('double-sided: every chapter starts on a right-hand (odd) page, and no right-hand page is blank', () => {
    // Pages after the cover: contents (1 page), module A (3 pages), module B (2 pages), top 3 (1 page).
    const pages = [page(0, 0), page(1, 0), page(1, 1), page(1, 2), page(2, 0), page(2, 1), page(3, 0)];
    const placed = withBlankLefts(pages, true);
    const numbers = placed.map((_, index) => index + 2);
    placed.forEach((index, position) => {
      if (index === null) expect(numbers[position]! % 2).toBe(0);
      else if (pages[index]!.start === 0) expect(numbers[position]! % 2).toBe(1);
    });
    expect(placed).toEqual([null, 0, null, 1, 2, 3, null, 4, 5, 6]);
  });

  it('single-sided: no blank pages', () => {
    expect(withBlankLefts([page(0, 0), page(1, 0)], false)).toEqual([0, 1]);
  });

  it('folded booklet of 16 pages: sheet 1 front shows 16 and 1, its back 2 and 15', () => {
    const sides = foldOrder(16);
    expect(sides.slice(0, 2)).toEqual([
      [16, 1],
      [2, 15],
    ]);
    expect(sides).toHaveLength(8);
    expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('folded booklet pads to a multiple of four with blank pages', () => {
    expect(foldOrder(6)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });
});
