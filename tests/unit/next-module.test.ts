import { describe, expect, it } from 'vitest';
import type { ModuleMeta } from '../../src/content/types.ts';
import { nextInRoute } from '../../src/screens/closing/next-module.ts';
import type { ModuleProgress } from '../../src/storage/index.ts';

const route = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as ModuleMeta);
const done = (...ids: string[]): ModuleProgress[] => ids.map((moduleId) => ({ moduleId, page: 0, furthest: 0, done: true, updatedAt: 1 }));
const next = (current: string, progress: ModuleProgress[]) => nextInRoute(route, current, progress)?.id ?? null;

describe('the next module after finishing one', () => {
  it('is the next one in the route that is not done yet', () => {
    expect(next('a', done('a'))).toBe('b');
    expect(next('a', done('a', 'b'))).toBe('c');
  });

  it('goes back to one skipped earlier when everything after is done', () => {
    expect(next('d', done('a', 'c', 'd'))).toBe('b');
  });

  it('is null when the whole route is done', () => {
    expect(next('c', done('a', 'b', 'c', 'd'))).toBeNull();
  });

  it('starts at the beginning for a module outside the route (no longer in the course plan)', () => {
    expect(next('x', done('x', 'a'))).toBe('b');
  });
});
