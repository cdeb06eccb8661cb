// How far the layout of a booklet is, for "Boekje maken… 40 %": the share of the work done, not
// of the steps. The work is measuring every unit, then showing (and checking) every page; showing
// a page takes about as long as measuring PAGE_WORK units (traces of 9 and 60 modules: 6–17).

export const PAGE_WORK = 10;

export interface LayoutProgress {
  /** Units measured so far, of `units`. */
  measured: number;
  units: number;
  /** Pages of the booklet: known once measured, estimated before (estimatedPages). */
  pages: number;
  /** The share of the pages on screen and checked, 0 to 1. */
  shown: number;
}

/** The share of the work done, 0 to 1. */
export function layoutShare({ measured, units, pages, shown }: LayoutProgress): number {
  const total = units + PAGE_WORK * pages;
  return total > 0 ? Math.min(1, (measured + PAGE_WORK * pages * shown) / total) : 0;
}

/** The booklet's pages, estimated from the height of the units measured so far. */
export function estimatedPages(measuredHeight: number, measured: number, units: number, pageHeight: number): number {
  if (measured === 0 || pageHeight <= 0) return 0;
  return Math.ceil((measuredHeight / pageHeight) * (units / measured));
}
