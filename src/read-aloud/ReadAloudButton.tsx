import { useEffect, useState } from 'preact/hooks';
import { announce } from '../ui/announce.ts';
import type { ReadAloud as ReadAloudType } from './ReadAloud.tsx';

type Props = Omit<Parameters<typeof ReadAloudType>[0], 'tell'>;
let loading: Promise<typeof ReadAloudType> | undefined;

/**
 * "Lees voor", loaded as a chunk of its own (precached, so at once, also offline): its code and
 * CSS stay out of the module screen's chunk and out of the first screen's list of chunks. Until
 * it is there, its place is kept, so the page does not shift. The live region is handed in from
 * here: imported by the lazy chunk, it would be split off into a chunk of its own.
 */
export function ReadAloudButton(props: Props) {
  const [ReadAloud, setReadAloud] = useState<typeof ReadAloudType | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loading ??= import('./ReadAloud.tsx').then((m) => m.ReadAloud);
    loading.then(
      (component) => current && setReadAloud(() => component),
      () => (loading = undefined),
    );
    return () => void (current = false);
  }, []);
  if (ReadAloud) return <ReadAloud {...props} tell={announce} />;
  const margin = props.part === 'page' ? '0.25rem 0 1rem' : '0 0 0.75rem';
  return <div style={{ minHeight: 'var(--tap)', margin }} />;
}
