import { describe, expect, it } from 'vitest';
import { nextSliceSize, yieldToBrowser } from '../../src/screens/print/yield.ts';

describe('slices of the print layout', () => {
  it('sizes the next slice by how long the last one took', () => {
    expect(nextSliceSize(40, 16)).toBe(20);
    expect(nextSliceSize(40, 8)).toBe(40);
    // Grows at most half as big again at a time, within the bounds.
    expect(nextSliceSize(40, 1)).toBe(60);
    expect(nextSliceSize(300, 1)).toBe(400);
    expect(nextSliceSize(8, 1, 1, 8)).toBe(8);
    expect(nextSliceSize(4, 500)).toBe(1);
  });

  it('goes on in a later task, not in a microtask of this one', async () => {
    let done = false;
    const waiting = yieldToBrowser().then(() => (done = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });
});
