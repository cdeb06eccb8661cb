// What every screen does when it opens: its own title (WCAG 2.4.2), and, after a move inside
// the app, focus on its heading so keyboard and screen-reader users start there (2.4.3).
import { useEffect } from 'preact/hooks';

export const APP_NAME = 'Zinvol Online';
let firstScreen = true;

/** "Page – Module – Zinvol Online": the most specific part first, as a tab or a screen reader shows it. */
export function titleFrom(...parts: (string | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part?.trim())), APP_NAME].join(' – ');
}

export function useScreen(...titleParts: (string | undefined)[]): void {
  const title = titleFrom(...titleParts);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    // The first screen after loading keeps the browser's own start (Tab reaches "skip to content" first).
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    // A screen that put focus somewhere itself (a question asked for in the address) keeps it:
    // effects may run parent first or child first, so this one can come after that.
    if (document.activeElement?.closest('main')) return;
    focusHeading();
  }, []);
}

/** Focus on the screen's heading: where a screen reader starts, and a calm place when a button goes away. */
export function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading || heading.contains(document.activeElement)) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
