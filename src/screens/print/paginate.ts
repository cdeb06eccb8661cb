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
  /**
   * Pieces of one box (a story, a summary, a long answer) share a group. A group that takes
   * up to half a page is kept on one page; a longer one may go on over the next page.
   */
  group?: string;
}

/** Groups up to this part of a page are never split. */
export const KEEP_GROUP_SHARE = 0.5;

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
      const needed = unit.height + keptWith(units, index, capacity);
      if (used > 0 && used + needed > capacity) {
        pages.push({ chapter, start, end: index });
        start = index;
        used = 0;
      }
      used += used === 0 ? unit.height - unit.top : unit.height;
    });
    if (start < units.length) pages.push({ chapter, start, end: units.length });
  });
  return pages;
}

/** The height of what must come onto the same page as this piece, besides the piece itself. */
function keptWith(units: readonly MeasuredUnit[], index: number, capacity: number): number {
  let extra = restOfSmallGroup(units, index, capacity);
  for (let i = index; units[i]?.keep && i + 1 < units.length; i++) {
    extra += (units[i + 1]?.height ?? 0) + restOfSmallGroup(units, i + 1, capacity);
  }
  return extra;
}

/** At the first piece of a group that fits on half a page: the height of its other pieces. */
function restOfSmallGroup(units: readonly MeasuredUnit[], index: number, capacity: number): number {
  const group = units[index]?.group;
  if (group === undefined || units[index - 1]?.group === group) return 0;
  let rest = 0;
  for (let i = index + 1; units[i]?.group === group; i++) rest += units[i]?.height ?? 0;
  const whole = rest + (units[index]?.height ?? 0);
  return whole <= capacity * KEEP_GROUP_SHARE ? rest : 0;
}
