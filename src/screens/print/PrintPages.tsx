// Lays the booklet out in pages of a fixed size, as they will come out of the printer:
// 1. render every unit once, out of sight, in a column as wide as a page's text;
// 2. measure each unit and fill pages (paginate.ts), now knowing where each chapter starts;
// 3. render the real pages, with the table of contents, running headers and page numbers.
// On screen the pages are scaled down to fit; in print each page is one sheet of paper.
import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TFunction } from '../../i18n/index.ts';
import type { Booklet, Chapter, Unit } from './booklet.tsx';
import type { PaperSize } from './options.ts';
import { paginate, type MeasuredUnit, type PageSlice } from './paginate.ts';
import { foldOrder, withBlankLefts } from './sheets.ts';

interface Layout {
  booklet: Booklet;
  size: PaperSize;
  measured: MeasuredUnit[][];
  /** Height of a page's text area in px. */
  capacity: number;
  /** Set when a page came out too full after all: lay out again with a little more room. */
  attempt: number;
}

const MAX_ATTEMPTS = 4;

export interface PagesInfo {
  /** What was laid out: the info is stale as soon as either changes. */
  booklet: Booklet;
  size: PaperSize;
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
}

export function PrintPages({ booklet, size, duplex, fold, t, onLayout }: Props) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const [scale, setScale] = useState(1);
  const measureRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const current = layout && layout.booklet === booklet && layout.size === size ? layout : null;
  const paper = `paper-${size.toLowerCase()}`;
  const sheetClass = `sheet ${paper} sheet-${size.toLowerCase()}`;

  // While measuring, the table of contents has no page numbers yet; they do not change its height.
  const measuring = useMemo(() => [booklet.contents(() => undefined), ...booklet.chapters], [booklet]);

  useLayoutEffect(() => {
    if (current) return;
    const root = measureRef.current;
    const probe = root?.querySelector<HTMLElement>('.print-probe .sheet-body');
    if (!root || !probe) return;
    const measured = [...root.querySelectorAll<HTMLElement>('.print-measuring [data-chapter]')].map((chapter) =>
      [...chapter.querySelectorAll<HTMLElement>(':scope > .pu')].map((element) => ({
        height: element.getBoundingClientRect().height,
        top: Number.parseFloat(getComputedStyle(element).paddingTop) || 0,
        keep: element.dataset.keep === 'true',
        group: element.dataset.group,
      })),
    );
    setLayout({ booklet, size, measured, capacity: probe.getBoundingClientRect().height, attempt: 0 });
  }, [current, booklet, size]);

  const pages = useMemo(() => {
    if (!current) return null;
    // A little room to spare, more after each try that came out too full.
    const room = current.capacity * (1 - 0.01 * (1 + 2 * current.attempt)) - 2;
    return paginate(current.measured, room);
  }, [current]);

  // Check that every page really fits; if not, lay out again with more room to spare.
  useLayoutEffect(() => {
    if (!current || !pages) return;
    const bodies = [...(previewRef.current?.querySelectorAll<HTMLElement>('.sheet-body') ?? [])];
    const overflowing = bodies.filter((body) => body.scrollHeight > body.clientHeight + 1).length;
    if (overflowing > 0 && current.attempt < MAX_ATTEMPTS) {
      setLayout({ ...current, attempt: current.attempt + 1 });
      return;
    }
    if (overflowing > 0) console.warn(`print: ${overflowing} page(s) too full`);
    const count = 1 + withBlankLefts(pages, duplex).length;
    onLayout({ booklet: current.booklet, size: current.size, count: fold ? foldOrder(count).length : count, overflowing });
  }, [current, pages, onLayout, duplex, fold]);

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

  if (!current || !pages) {
    return (
      <div class="print-measure" aria-hidden="true" ref={measureRef}>
        <div class={`${sheetClass} print-probe`}>
          <div class="sheet-body" />
        </div>
        <div class={`${sheetClass} print-measuring`}>
          <div class="sheet-body">
            {measuring.map((chapter) => (
              <div key={chapter.id} data-chapter={chapter.id}>
                {chapter.units.map((unit) => (
                  <UnitView key={unit.key} unit={unit} atTop={false} />
                ))}
              </div>
            ))}
          </div>
        </div>
      </div>
    );
  }

  const placed = withBlankLefts(pages, duplex);
  const chapterIds = measuring.map((chapter) => chapter.id);
  const firstPage = new Map<string, number>();
  placed.forEach((index, position) => {
    const id = index === null ? undefined : chapterIds[pages[index]!.chapter];
    if (id !== undefined && !firstPage.has(id)) firstPage.set(id, position + 2);
  });
  const chapters: Chapter[] = [booklet.contents((id) => firstPage.get(id)), ...booklet.chapters];
  const pageOf = (number: number): VNode | null => {
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
  const numbers = Array.from({ length: placed.length + 1 }, (_, i) => i + 1);

  return (
    <div class={`print-preview ${paper}${fold ? ' print-fold' : ''}`} ref={previewRef} style={{ '--s': String(scale) }}>
      {fold
        ? foldOrder(numbers.length).map(([left, right]) => (
            <div key={`${left}-${right}`} class="fold-side" data-pages={`${left} ${right}`}>
              {pageOf(left)}
              {pageOf(right)}
            </div>
          ))
        : numbers.map(pageOf)}
    </div>
  );
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
