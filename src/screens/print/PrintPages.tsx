// Lays the booklet out in pages of a fixed size, as they will come out of the printer:
// 1. render every unit once, out of sight, in a column as wide as a page's text, a slice at a time;
// 2. measure each unit and fill pages (paginate.ts), now knowing where each chapter starts;
// 3. render the real pages, with the table of contents, running headers and page numbers,
//    again a slice at a time, checking that each page really fits.
// On screen the pages are scaled down to fit; in print each page is one sheet of paper.
import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TFunction } from '../../i18n/index.ts';
import type { Booklet, Chapter, Unit } from './booklet.tsx';
import type { PaperSize } from './options.ts';
import { paginate, type MeasuredUnit, type PageSlice } from './paginate.ts';
import { foldOrder, withBlankLefts } from './sheets.ts';
import { estimatedPages, layoutShare } from './progress.ts';
import { nextSliceSize, yieldToBrowser } from './yield.ts';

interface Measuring {
  booklet: Booklet;
  size: PaperSize;
  /** The units measured so far, in booklet order. */
  done: MeasuredUnit[];
  /** How many units the slice now on screen holds (those after `done`). */
  slice: number;
  /** When this slice began (performance.now()), to size the next one. */
  startedAt: number;
}

interface Layout {
  booklet: Booklet;
  size: PaperSize;
  measured: MeasuredUnit[][];
  /** Height of a page's text area in px. */
  capacity: number;
  /** Set when a page came out too full after all: lay out again with a little more room. */
  attempt: number;
}

interface Showing {
  pages: PageSlice[];
  duplex: boolean;
  fold: boolean;
  /** How many pages (fold sides, when folded) are on screen so far. */
  count: number;
  /** How many to add in the next slice. */
  slice: number;
  /** How many page bodies have been checked for overflow already. */
  checked: number;
  overflowing: number;
  startedAt: number;
}

const MAX_ATTEMPTS = 4;

/** What a layout is of: its progress and its pages are stale as soon as any of these changes. */
export interface LayoutOf {
  booklet: Booklet;
  size: PaperSize;
  duplex: boolean;
  fold: boolean;
}

export function sameLayout(a: LayoutOf, b: LayoutOf): boolean {
  return a.booklet === b.booklet && a.size === b.size && a.duplex === b.duplex && a.fold === b.fold;
}

export interface PagesInfo extends LayoutOf {
  count: number;
  /** Pages whose text would not fit (should stay 0; the tests check it). */
  overflowing: number;
}

interface Props {
  booklet: Booklet;
  size: PaperSize;
  /** Double-sided: each part starts on a right-hand page. */
  duplex: boolean;
  /** Two A5 pages on each A4 sheet, in the order of a folded booklet. */
  fold: boolean;
  t: TFunction;
  onLayout: (info: PagesInfo | null) => void;
  /** How far the layout of this booklet is, from 0 to 1 (called once per slice). */
  onProgress: (of: LayoutOf, share: number) => void;
}

/**
 * The layout goes in slices of about 15 ms (yield.ts): measure some units, let the browser
 * breathe, measure the next ones; then show some pages, and so on. The pages come out the same
 * as in one go, since each unit and each page is measured on its own.
 */
export function PrintPages({ booklet, size, duplex, fold, t, onLayout, onProgress }: Props) {
  const [measuring, setMeasuring] = useState<Measuring | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [showing, setShowing] = useState<Showing | null>(null);
  const [scale, setScale] = useState(1);
  const measureRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const current = layout && layout.booklet === booklet && layout.size === size ? layout : null;
  const paper = `paper-${size.toLowerCase()}`;
  const sheetClass = `sheet ${paper} sheet-${size.toLowerCase()}`;

  // While measuring, the table of contents has no page numbers yet; they do not change its height.
  const chapterList = useMemo(() => [booklet.contents(() => undefined), ...booklet.chapters], [booklet]);
  const units = useMemo(
    () => chapterList.flatMap((chapter, index) => chapter.units.map((unit) => ({ chapter: index, unit }))),
    [chapterList],
  );
  const start = useMemo<Measuring>(() => ({ booklet, size, done: [], slice: FIRST_SLICE, startedAt: performance.now() }), [booklet, size]);
  const run = measuring && measuring.booklet === booklet && measuring.size === size ? measuring : start;

  useLayoutEffect(() => {
    if (current) return;
    const root = measureRef.current;
    const probe = root?.querySelector<HTMLElement>('.print-probe .sheet-body');
    if (!root || !probe) return;
    const done = [...run.done, ...[...root.querySelectorAll<HTMLElement>('.print-measuring [data-chapter] > .pu')].map(measureUnit)];
    const capacity = probe.getBoundingClientRect().height;
    if (done.length >= units.length) {
      const measured: MeasuredUnit[][] = chapterList.map(() => []);
      done.forEach((unit, index) => measured[units[index]!.chapter]!.push(unit));
      return afterYield(() => setLayout({ booklet, size, measured, capacity, attempt: 0 }));
    }
    const height = done.reduce((sum, unit) => sum + unit.height, 0);
    const pages = estimatedPages(height, done.length, units.length, capacity);
    onProgress({ booklet, size, duplex, fold }, layoutShare({ measured: done.length, units: units.length, pages, shown: 0 }));
    const slice = nextSliceSize(run.slice, performance.now() - run.startedAt);
    return afterYield(() => setMeasuring({ booklet, size, done, slice, startedAt: performance.now() }));
  }, [current, run, units, chapterList, booklet, size, duplex, fold, onProgress]);

  const pages = useMemo(() => {
    if (!current) return null;
    // A little room to spare, more after each try that came out too full.
    const room = current.capacity * (1 - 0.01 * (1 + 2 * current.attempt)) - 2;
    return paginate(current.measured, room);
  }, [current]);
  const firstShowing = useMemo<Showing | null>(
    () =>
      pages && { pages, duplex, fold, count: FIRST_PAGES, slice: FIRST_PAGES, checked: 0, overflowing: 0, startedAt: performance.now() },
    [pages, duplex, fold],
  );
  const shown = showing && showing.pages === pages && showing.duplex === duplex && showing.fold === fold ? showing : firstShowing;
  const placed = useMemo(() => (pages ? withBlankLefts(pages, duplex) : []), [pages, duplex]);
  const total = fold ? foldOrder(placed.length + 1).length : placed.length + 1;

  // Check that every page shown really fits; if not, lay out again with more room to spare.
  useLayoutEffect(() => {
    if (!current || !pages || !shown) return;
    const bodies = [...(previewRef.current?.querySelectorAll<HTMLElement>('.sheet-body') ?? [])];
    const overflowing = shown.overflowing + bodies.slice(shown.checked).filter((body) => body.scrollHeight > body.clientHeight + 1).length;
    if (overflowing > 0 && current.attempt < MAX_ATTEMPTS) {
      setLayout({ ...current, attempt: current.attempt + 1 });
      return;
    }
    if (shown.count < total) {
      const progress = { measured: units.length, units: units.length, pages: placed.length + 1, shown: shown.count / total };
      onProgress({ booklet, size, duplex, fold }, layoutShare(progress));
      const slice = nextSliceSize(shown.slice, performance.now() - shown.startedAt, 1, MAX_PAGES);
      const next = { ...shown, count: shown.count + slice, slice, checked: bodies.length, overflowing };
      return afterYield(() => setShowing({ ...next, startedAt: performance.now() }));
    }
    if (overflowing > 0) console.warn(`print: ${overflowing} page(s) too full`);
    const count = placed.length + 1;
    onLayout({ booklet, size, duplex, fold, count: fold ? foldOrder(count).length : count, overflowing });
  }, [current, pages, shown, total, placed, units, booklet, size, duplex, fold, onLayout, onProgress]);

  // Each page is made once: a page already on screen is not rendered again when the next
  // slice comes, or when the screen around it changes.
  const pageOf = useMemo(() => {
    if (!pages) return () => null;
    const chapterIds = chapterList.map((chapter) => chapter.id);
    const firstPage = new Map<string, number>();
    placed.forEach((index, position) => {
      const id = index === null ? undefined : chapterIds[pages[index]!.chapter];
      if (id !== undefined && !firstPage.has(id)) firstPage.set(id, position + 2);
    });
    const chapters: Chapter[] = [booklet.contents((id) => firstPage.get(id)), ...booklet.chapters];
    const made = new Map<number, VNode | null>();
    const make = (number: number): VNode | null => {
      if (number === 1)
        return (
          <Sheet key={1} sheetClass={`${sheetClass} sheet-cover`} number={1} t={t}>
            {booklet.cover()}
          </Sheet>
        );
      const index = placed[number - 2];
      if (index === undefined || index === null)
        return <Sheet key={number} sheetClass={`${sheetClass} sheet-blank`} number={number} blank t={t} />;
      const page = pages[index]!;
      return <PageView key={number} page={page} chapter={chapters[page.chapter]} number={number} sheetClass={sheetClass} t={t} />;
    };
    return (number: number): VNode | null => {
      if (!made.has(number)) made.set(number, make(number));
      return made.get(number) ?? null;
    };
  }, [pages, placed, booklet, chapterList, sheetClass, t]);

  // On screen, whole pages fit the width of the screen.
  useEffect(() => {
    const preview = previewRef.current;
    if (!preview || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const sheet = preview.querySelector<HTMLElement>('.sheet');
      // A folded booklet shows two pages side by side, as on the sheet.
      if (sheet && sheet.offsetWidth > 0) setScale(Math.min(1, preview.clientWidth / (sheet.offsetWidth * (fold ? 2 : 1))));
    };
    const observer = new ResizeObserver(fit);
    observer.observe(preview);
    fit();
    return () => observer.disconnect();
  }, [pages, fold]);

  if (!current || !pages || !shown) {
    const from = run.done.length;
    return (
      <div class="print-measure" aria-hidden="true" ref={measureRef}>
        <div class={`${sheetClass} print-probe`}>
          <div class="sheet-body" />
        </div>
        <div class={`${sheetClass} print-measuring`}>
          <div class="sheet-body">
            {byChapter(units.slice(from, from + run.slice)).map(({ chapter, slice }) => (
              <div key={chapterList[chapter]!.id} data-chapter={chapterList[chapter]!.id}>
                {slice.map((unit) => (
                  <UnitView key={unit.key} unit={unit} atTop={false} />
                ))}
              </div>
            ))}
          </div>
        </div>
      </div>
    );
  }

  const numbers = Array.from({ length: placed.length + 1 }, (_, i) => i + 1);

  return (
    <div class={`print-preview ${paper}${fold ? ' print-fold' : ''}`} ref={previewRef} style={{ '--s': String(scale) }}>
      {fold
        ? foldOrder(numbers.length)
            .slice(0, shown.count)
            .map(([left, right]) => (
              <div key={`${left}-${right}`} class="fold-side" data-pages={`${left} ${right}`}>
                {pageOf(left)}
                {pageOf(right)}
              </div>
            ))
        : numbers.slice(0, shown.count).map(pageOf)}
    </div>
  );
}

/** Units in the first slice, before the slices are sized by how long they take. */
const FIRST_SLICE = 10;
/** Pages in the first slice of pages (a page takes about as long as 3–5 units). */
const FIRST_PAGES = 3;
/** Pages at most in a slice: the browser paints them after the slice, outside its timing. */
const MAX_PAGES = 8;

function measureUnit(element: HTMLElement): MeasuredUnit {
  return {
    height: element.getBoundingClientRect().height,
    top: Number.parseFloat(getComputedStyle(element).paddingTop) || 0,
    keep: element.dataset.keep === 'true',
    group: element.dataset.group,
  };
}

/** Consecutive units of one chapter together, as the measuring column shows them. */
function byChapter(units: readonly { chapter: number; unit: Unit }[]): { chapter: number; slice: Unit[] }[] {
  const runs: { chapter: number; slice: Unit[] }[] = [];
  for (const { chapter, unit } of units) {
    const last = runs.at(-1);
    if (last?.chapter === chapter) last.slice.push(unit);
    else runs.push({ chapter, slice: [unit] });
  }
  return runs;
}

/** Runs `next` in a later task; the returned function cancels it. */
function afterYield(next: () => void): () => void {
  let cancelled = false;
  void yieldToBrowser().then(() => {
    if (!cancelled) next();
  });
  return () => {
    cancelled = true;
  };
}

function PageView({
  page,
  chapter,
  number,
  sheetClass,
  t,
}: {
  page: PageSlice;
  chapter: Chapter | undefined;
  number: number;
  sheetClass: string;
  t: TFunction;
}) {
  if (!chapter) return null;
  const units = chapter.units.slice(page.start, page.end);
  // The running header names the module; a module's first page has its big title instead.
  const header = page.start > 0 ? chapter.title : null;
  return (
    <Sheet sheetClass={`${sheetClass} sheet-${chapter.kind}`} number={number} header={header} lang={chapter.lang} t={t}>
      {units.map((unit, index) => (
        <UnitView key={unit.key} unit={unit} atTop={index === 0} />
      ))}
    </Sheet>
  );
}

function Sheet({
  sheetClass,
  number,
  header = null,
  lang,
  blank = false,
  t,
  children,
}: {
  sheetClass: string;
  number: number;
  header?: string | null;
  lang?: string;
  /** A page left empty on purpose (double-sided printing, a folded booklet): no page number. */
  blank?: boolean;
  t: TFunction;
  children?: VNode | VNode[];
}) {
  return (
    <div class="sheet-frame">
      <article class={sheetClass} aria-label={t('print.pageLabel', { number })}>
        {header && (
          <p class="sheet-head" aria-hidden="true" lang={lang}>
            {header}
          </p>
        )}
        <div class="sheet-body">{children}</div>
        {number > 1 && !blank && (
          <p class="sheet-foot" aria-hidden="true">
            {number}
          </p>
        )}
      </article>
    </div>
  );
}

function UnitView({ unit, atTop }: { unit: Unit; atTop: boolean }) {
  return (
    <div class={`pu ${unit.className}${atTop ? ' pu-top' : ''}`} data-keep={unit.keep ? 'true' : undefined} data-group={unit.group}>
      {unit.render()}
    </div>
  );
}
