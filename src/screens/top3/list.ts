// The personal top 3 as a list: pure functions, so the rules are easy to test. Items are named
// by their text, not their place: a change is applied to the list as stored at the moment of
// writing (storage changeTop3), which another tab may have changed since this screen showed it.
import type { Top3Item } from '../../storage/index.ts';

export const TOP3_SIZE = 3;

const same = (a: Top3Item, b: Pick<Top3Item, 'text'>) => a.text.trim().toLowerCase() === b.text.trim().toLowerCase();
const indexOf = (list: readonly Top3Item[], text: string) => list.findIndex((item) => same(item, { text }));

export function isInTop3(list: readonly Top3Item[], text: string): boolean {
  return list.some((item) => same(item, { text }));
}

/** Adds an item at the end; returns null when the list is full (the client then picks one to replace). */
export function addToList(list: readonly Top3Item[], item: Top3Item): Top3Item[] | null {
  if (item.text.trim() === '' || isInTop3(list, item.text)) return [...list];
  if (list.length >= TOP3_SIZE) return null;
  return [...list, { ...item, text: item.text.trim() }];
}

/** Puts `item` in the place of `old`. If `old` is gone meanwhile, adds it (null when that no longer fits). */
export function replaceInList(list: readonly Top3Item[], old: string, item: Top3Item): Top3Item[] | null {
  const index = indexOf(list, old);
  if (index < 0 || isInTop3(list, item.text)) return addToList(list, item);
  return list.map((current, i) => (i === index ? { ...item, text: item.text.trim() } : current));
}

/** Moves an item one place up (-1) or down (+1). */
export function moveInList(list: readonly Top3Item[], text: string, by: -1 | 1): Top3Item[] {
  const from = indexOf(list, text);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function removeFromList(list: readonly Top3Item[], text: string): Top3Item[] {
  return list.filter((item) => !same(item, { text }));
}
