import { describe, expect, it } from 'vitest';
import { estimatedPages, layoutShare, PAGE_WORK } from '../../src/screens/print/progress.ts';

describe('progress of the print layout', () => {
  it('counts measuring units and showing pages by the work they take', () => {
    const booklet = { units: 600, pages: 70 };
    expect(layoutShare({ ...booklet, measured: 0, shown: 0 })).toBe(0);
    // All units measured: the pages are still to come.
    expect(layoutShare({ ...booklet, measured: 600, shown: 0 })).toBeCloseTo(600 / (600 + PAGE_WORK * 70));
    expect(layoutShare({ ...booklet, measured: 600, shown: 0.5 })).toBeCloseTo((600 + PAGE_WORK * 35) / (600 + PAGE_WORK * 70));
    expect(layoutShare({ ...booklet, measured: 600, shown: 1 })).toBe(1);
    expect(layoutShare({ units: 0, pages: 0, measured: 0, shown: 0 })).toBe(0);
  });

  it('estimates the pages from the height measured so far', () => {
    // A quarter of the units measured fill 2.5 pages: about 10 pages in all.
    expect(estimatedPages(2500, 25, 100, 1000)).toBe(10);
    expect(estimatedPages(0, 0, 100, 1000)).toBe(0);
  });
});
