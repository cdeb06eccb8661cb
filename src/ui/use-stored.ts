import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { onStorageChange, type ChangeTopic } from '../storage/index.ts';

/**
 * Reads stored data, and reads it again whenever that kind of stored data changes (`topic`, or
 * any of several: a screen that shows several kinds reads them together and renders once).
 * Returns undefined until the first read is done.
 */
export function useStored<T>(
  topic: ChangeTopic | readonly ChangeTopic[],
  read: () => Promise<T>,
  deps: readonly unknown[] = [],
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void read().then(
        (result) => current && setValue(() => result),
        (error: unknown) => console.warn('Reading stored data failed', error),
      );
    refresh();
    const unsubscribe = onStorageChange(refresh, typeof topic === 'string' ? [topic] : topic);
    return () => {
      current = false;
      unsubscribe();
    };
    // The caller names what `read` depends on, as with useEffect itself.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/**
 * Loads something once per change of deps (e.g. a module's text). `known` gives what is already
 * in memory, so a screen shows it in its first render. The load starts as the screen is put on
 * the page, not after its first paint (as in useEffect), so what arrives at once shows in the
 * same frame.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[], known?: () => T | undefined): T | undefined {
  const [value, setValue] = useState<{ deps: readonly unknown[]; value: T } | undefined>(() => {
    const now = known?.();
    return now === undefined ? undefined : { deps, value: now };
  });
  useLayoutEffect(() => {
    let current = true;
    void load().then(
      // The same as shown already: no render again.
      (result) =>
        current &&
        setValue((shown) =>
          shown !== undefined && shown.value === result && sameDeps(shown.deps, deps) ? shown : { deps, value: result },
        ),
      (error: unknown) => console.warn('Loading failed', error),
    );
    return () => {
      current = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value && sameDeps(value.deps, deps) ? value.value : known?.();
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((d, i) => d === b[i]);
