import { describe, expect, it } from 'vitest';
import { addToList, isInTop3, moveInList, removeFromList, replaceInList } from '../../src/screens/top3/list.ts';

const item = (text: string) => ({ text, addedAt: 0 });

describe('the top 3 list', () => {
  it('adds up to three items, ignores doubles and empty text', () => {
    let list = addToList([], item('Een'))!;
    list = addToList(list, item(' een '))!;
    list = addToList(list, item('   '))!;
    expect(list.map((i) => i.text)).toEqual(['Een']);
    list = addToList(addToList(list, item('Twee'))!, item('Drie'))!;
    expect(addToList(list, item('Vier'))).toBeNull();
    expect(isInTop3(list, 'TWEE')).toBe(true);
  });

  it('replaces, moves and removes items by their text', () => {
    const list = ['Een', 'Twee', 'Drie'].map(item);
    const texts = (l: { text: string }[] | null) => l?.map((i) => i.text);
    expect(texts(replaceInList(list, 'twee', item(' Nieuw ')))).toEqual(['Een', 'Nieuw', 'Drie']);
    expect(texts(moveInList(list, 'Drie', -1))).toEqual(['Een', 'Drie', 'Twee']);
    expect(texts(moveInList(list, 'Een', -1))).toEqual(['Een', 'Twee', 'Drie']);
    expect(texts(moveInList(list, 'weg', 1))).toEqual(['Een', 'Twee', 'Drie']);
    expect(texts(removeFromList(list, 'Een'))).toEqual(['Twee', 'Drie']);
  });

  it('applies a change to a list that another tab changed meanwhile, without losing its items', () => {
    // This tab showed [Een, Twee, Drie] and chose to replace "Twee"; another tab had removed it and added "Vier".
    const stored = ['Een', 'Drie', 'Vier'].map(item);
    expect(replaceInList(stored, 'Twee', item('Nieuw'))).toBeNull();
    expect(replaceInList(['Een', 'Drie'].map(item), 'Twee', item('Nieuw'))?.map((i) => i.text)).toEqual(['Een', 'Drie', 'Nieuw']);
    expect(removeFromList(stored, 'Twee').map((i) => i.text)).toEqual(['Een', 'Drie', 'Vier']);
  });
});
