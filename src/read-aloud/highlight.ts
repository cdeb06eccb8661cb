// Shows which sentence is being read: the sentence itself through the CSS Custom Highlight API
// (no change to the page's elements; see read-aloud.css), and its block with an outline, which
// also works where that API is missing. Brought into view without animation when motion is reduced.

const NAME = 'read-aloud';
let block: Element | undefined;

export function highlight(range: Range, of: Element): void {
  clearHighlight();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(NAME, new Highlight(range));
  block = of;
  block.setAttribute('data-reading', '');
  bringIntoView(range, of);
}

export function clearHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
  block?.removeAttribute('data-reading');
  block = undefined;
}

function bringIntoView(range: Range, of: Element): void {
  const box = range.getBoundingClientRect();
  // The top bar stays in view (position: sticky), so the sentence should sit below it.
  const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= Math.max(top, 0) && box.bottom <= window.innerHeight) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  of.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
