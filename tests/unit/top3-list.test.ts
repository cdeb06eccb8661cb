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

  it('replaces, moves and removes', () => {
    const list = ['Een', 'Twee', 'Drie'].map(item);
    expect(replaceInList(list, 1, item(' Nieuw ')).map((i) => i.text)).toEqual(['Een', 'Nieuw', 'Drie']);
    expect(moveInList(list, 2, 0).map((i) => i.text)).toEqual(['Drie', 'Een', 'Twee']);
    expect(moveInList(list, 0, -1).map((i) => i.text)).toEqual(['Een', 'Twee', 'Drie']);
    expect(removeFromList(list, 0).map((i) => i.text)).toEqual(['Twee', 'Drie']);
  });
});
