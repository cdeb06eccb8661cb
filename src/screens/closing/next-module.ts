import type { ModuleMeta } from '../../content/types.ts';
import type { ModuleProgress } from '../../storage/index.ts';

/**
 * The module to do after `current` in the client's route: the first one after it that is not
 * done, else the first not done before it (skipped earlier); null when the whole route is done.
 */
export function nextInRoute(route: readonly ModuleMeta[], current: string, progress: readonly ModuleProgress[]): ModuleMeta | null {
  const done = new Set(progress.filter((p) => p.done).map((p) => p.moduleId));
  const here = route.findIndex((m) => m.id === current);
  const after = [...route.slice(here + 1), ...route.slice(0, Math.max(here, 0))];
  return after.find((m) => m.id !== current && !done.has(m.id)) ?? null;
}
