import { useEffect, useState } from 'preact/hooks';
import { onStorageChange, type ChangeTopic } from '../storage/index.ts';

/**
 * Reads stored data, and reads it again whenever that kind of stored data (`topic`) changes.
 * Returns undefined until the first read is done.
 */
export function useStored<T>(topic: ChangeTopic, read: () => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void read().then(
        (result) => current && setValue(() => result),
        (error: unknown) => console.warn('Reading stored data failed', error),
      );
    refresh();
    const unsubscribe = onStorageChange(refresh, [topic]);
    return () => {
      current = false;
      unsubscribe();
    };
    // The caller names what `read` depends on, as with useEffect itself.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/** Loads something once per change of deps (e.g. a module's text). */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ deps: readonly unknown[]; value: T } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void load().then(
      (result) => current && setValue({ deps, value: result }),
      (error: unknown) => console.warn('Loading failed', error),
    );
    return () => {
      current = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value && value.deps.every((d, i) => d === deps[i]) ? value.value : undefined;
}
