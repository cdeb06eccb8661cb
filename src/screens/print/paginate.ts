// Fills fixed-size pages with measured pieces of the booklet. Browsers cannot yet number the
// pages of a table of contents (no target-counter() in Chromium), so the print view lays the
// booklet out itself: it measures every piece, then decides here what goes on which page.

export interface MeasuredUnit {
  /** Height in px, with the space above and below that belongs to it. */
  height: number;
  /** The space above it, which falls away at the top of a page. */
  top: number;
  /** Stays on the same page as the next piece: headings, the title of a module. */
  keep: boolean;
}

export interface PageSlice {
  chapter: number;
  /** The pieces [start, end) of that chapter. */
  start: number;
  end: number;
}

/**
 * Every chapter starts on a new page. A piece goes to the next page when it does not fit, and
 * so does a heading when the piece it belongs to would not fit under it. A piece taller than a
 * whole page gets a page of its own (callers cut long texts into pieces so that this is rare).
 * Never makes an empty page.
 */
export function paginate(chapters: readonly (readonly MeasuredUnit[])[], capacity: number): PageSlice[] {
  const pages: PageSlice[] = [];
  chapters.forEach((units, chapter) => {
    let start = 0;
    let used = 0;
    units.forEach((unit, index) => {
      const cost = (atTop: boolean) => (atTop ? unit.height - unit.top : unit.height);
      if (used > 0 && used + cost(false) + keptWith(units, index) > capacity) {
        pages.push({ chapter, start, end: index });
        start = index;
        used = 0;
      }
      used += cost(used === 0);
    });
    if (start < units.length) pages.push({ chapter, start, end: units.length });
  });
  return pages;
}

/** The height of the pieces that must stay on the same page as this one. */
function keptWith(units: readonly MeasuredUnit[], index: number): number {
  let extra = 0;
  for (let i = index; units[i]?.keep && i + 1 < units.length; i++) extra += units[i + 1]?.height ?? 0;
  return extra;
}
