// A top-3 change is kept in localStorage until its write is done, as typed answers are
// (rescue.ts): a reload or a close right after "Zet in mijn top 3" must not lose the item. The
// next start or sign-in of the same profile stores it. A profile with a PIN keeps only a sealed
// copy (sealing is async, so it is written a moment after the change; an own device's plain
// copy is written at once).
import { fromBase64, seal, toBase64, unseal } from './crypto.ts';
import { pageCopies } from './page-copies.ts';
import type { Top3Item } from './types.ts';

type Copy = { at: number } & ({ plain: Top3Item[] } | { iv: string; data: string });

const copies = pageCopies<Copy>('zinvol:rescue-top3:');
/** Which change is the newest: a slower seal must not write over a newer change or its drop. */
let changes = 0;

/** Keeps the top 3 as it will be once the write under way is done. */
export function keepTop3(profileId: string, key: CryptoKey | null, items: Top3Item[]): void {
  const change = ++changes;
  const at = Date.now();
  if (!key) return copies.write(copies.ownKey(profileId), { at, plain: items });
  void seal(key, items)
    .then(({ iv, data }) => change === changes && copies.write(copies.ownKey(profileId), { at, iv: toBase64(iv), data: toBase64(data) }))
    .catch((error: unknown) => console.warn('Sealing the top-3 rescue copy failed', error));
}

/** The write is done: nothing left to keep. */
export function dropTop3(profileId: string): void {
  changes++;
  copies.write(copies.ownKey(profileId), null);
}

/** Takes the copies other pages of this profile left, and gives back the newest top 3 among them. */
export async function takeTop3(profileId: string, key: CryptoKey | null): Promise<Top3Item[] | null> {
  let newest: { at: number; items: Top3Item[] } | null = null;
  for (const item of copies.othersKeys(profileId)) {
    try {
      const copy = copies.read(item);
      if (!copy) continue;
      let items: Top3Item[];
      if ('plain' in copy) items = copy.plain;
      else if (key) items = await unseal<Top3Item[]>(key, { iv: fromBase64(copy.iv), data: fromBase64(copy.data).buffer });
      else continue;
      copies.write(item, null);
      if (!newest || copy.at > newest.at) newest = { at: copy.at, items };
    } catch {
      // A damaged copy, or one sealed with an older PIN: the stored top 3 stays as it is.
    }
  }
  return newest?.items ?? null;
}

/** When a profile or everything is removed, its copies go too (null: every profile). */
export function dropTop3Rescued(profileId: string | null): void {
  copies.drop(profileId);
}
