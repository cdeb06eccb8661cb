// The module page tells the top bar where the reader is ("page 3 of 8"), so the progress stays in
// view while scrolling. A tiny shared value instead of a context: only these two places use it.
import { useEffect, useState } from 'preact/hooks';

export type PageProgress = { page: number; count: number } | null;

let current: PageProgress = null;
const listeners = new Set<(progress: PageProgress) => void>();

export function showPageProgress(progress: PageProgress): void {
  current = progress;
  listeners.forEach((listener) => listener(progress));
}

export function usePageProgress(): PageProgress {
  const [progress, setProgress] = useState(current);
  useEffect(() => {
    listeners.add(setProgress);
    setProgress(current);
    return () => void listeners.delete(setProgress);
  }, []);
  return progress;
}
