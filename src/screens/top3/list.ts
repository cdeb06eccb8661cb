// The personal top 3 as a list: pure functions, so the rules are easy to test.
import type { Top3Item } from '../../storage/index.ts';

export const TOP3_SIZE = 3;

const same = (a: Top3Item, b: Pick<Top3Item, 'text'>) => a.text.trim().toLowerCase() === b.text.trim().toLowerCase();

export function isInTop3(list: readonly Top3Item[], text: string): boolean {
  return list.some((item) => same(item, { text }));
}

/** Adds an item at the end; returns null when the list is full (the client then picks one to replace). */
export function addToList(list: readonly Top3Item[], item: Top3Item): Top3Item[] | null {
  if (item.text.trim() === '' || isInTop3(list, item.text)) return [...list];
  if (list.length >= TOP3_SIZE) return null;
  return [...list, { ...item, text: item.text.trim() }];
}

export function replaceInList(list: readonly Top3Item[], index: number, item: Top3Item): Top3Item[] {
  return list.map((old, i) => (i === index ? { ...item, text: item.text.trim() } : old));
}

export function moveInList(list: readonly Top3Item[], from: number, to: number): Top3Item[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function removeFromList(list: readonly Top3Item[], index: number): Top3Item[] {
  return list.filter((_item, i) => i !== index);
}
