import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveKey, newRecipe } from '../../src/storage/crypto.ts';
import type { Top3Item } from '../../src/storage/types.ts';

const items: Top3Item[] = [{ text: 'Eerst ademhalen', source: { kind: 'own' }, addedAt: 1 } as unknown as Top3Item];

/** A page of its own: each import of the module is a new page (its own copy in localStorage). */
async function newPage() {
  vi.resetModules();
  return import('../../src/storage/top3-rescue.ts');
}

afterEach(() => localStorage.clear());

describe('the top-3 rescue copy', () => {
  it('is taken by the next page of the same profile, once, and not by the page that wrote it', async () => {
    const first = await newPage();
    first.keepTop3('own', null, items);
    expect(await first.takeTop3('own', null)).toBeNull();
    const next = await newPage();
    expect(await next.takeTop3('other', null)).toBeNull();
    expect(await next.takeTop3('own', null)).toEqual(items);
    expect(await next.takeTop3('own', null)).toBeNull();
  });

  it('is gone once the write is done', async () => {
    const first = await newPage();
    first.keepTop3('own', null, items);
    first.dropTop3('own');
    expect(await (await newPage()).takeTop3('own', null)).toBeNull();
  });

  it('of a profile with a PIN holds no plaintext and opens only with its key', async () => {
    const key = await deriveKey('1234', newRecipe(1000));
    const other = await deriveKey('9999', newRecipe(1000));
    const first = await newPage();
    first.keepTop3('p1', key, items);
    await vi.waitFor(() => expect(localStorage.length).toBe(1));
    expect(JSON.stringify({ ...localStorage })).not.toContain('ademhalen');
    const next = await newPage();
    expect(await next.takeTop3('p1', other)).toBeNull();
    expect(await next.takeTop3('p1', key)).toEqual(items);
  });
});
