// From laid-out pages to sheets of paper: blank left-hand pages for double-sided printing, and
// the page order of a folded booklet. Page numbers count from the cover (page 1, a right-hand page).
import type { PageSlice } from './paginate.ts';

/** The booklet's pages after the cover: the index of a laid-out page, or null for a blank page. */
export function withBlankLefts(pages: readonly PageSlice[], duplex: boolean): (number | null)[] {
  const placed: (number | null)[] = [];
  pages.forEach((page, index) => {
    // Page number = cover + what is placed so far + this one; even numbers are left-hand pages.
    const isLeft = (placed.length + 2) % 2 === 0;
    if (duplex && page.start === 0 && isLeft) placed.push(null);
    placed.push(index);
  });
  return placed;
}

/**
 * Saddle stitch: the pages (1…n, padded with blank pages to a multiple of 4) in the order they
 * are printed, two on each side of a sheet, so that the folded stack reads 1, 2, 3… For 16 pages
 * sheet 1 has 16 and 1 on the front, 2 and 15 on the back. Page numbers are 1-based; a number
 * above `count` is a blank page.
 */
export function foldOrder(count: number): [number, number][] {
  const total = Math.max(4, Math.ceil(count / 4) * 4);
  const sides: [number, number][] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    sides.push([total - 2 * sheet, 2 * sheet + 1]);
    sides.push([2 * sheet + 2, total - 2 * sheet - 1]);
  }
  return sides;
}
