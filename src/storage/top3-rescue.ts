// A top-3 change is kept in localStorage until its write is done, as typed answers are
// (rescue.ts): a reload or a close right after "Zet in mijn top 3" must not lose the item. The
// next start or sign-in of the same profile stores it. A profile with a PIN keeps only a sealed
// copy (sealing is async, so it is written a moment after the change; an own device's plain
// copy is written at once).
import { fromBase64, seal, toBase64, unseal } from './crypto.ts';
import type { Top3Item } from './types.ts';

const PREFIX = 'zinvol:rescue-top3:';
/** Each page has its own copy, so one tab never removes what another tab is keeping. */
const PAGE_ID = Math.random().toString(36).slice(2, 10);

type Copy = { at: number } & ({ plain: Top3Item[] } | { iv: string; data: string });

const itemKey = (profileId: string) => `${PREFIX}${profileId}:${PAGE_ID}`;
/** Which change is the newest: a slower seal must not write over a newer change or its drop. */
let changes = 0;

function write(key: string, copy: Copy | null): void {
  try {
    if (copy) localStorage.setItem(key, JSON.stringify(copy));
    else localStorage.removeItem(key);
  } catch {
    // No room or no localStorage: the normal write still runs.
  }
}

/** Keeps the top 3 as it will be once the write under way is done. */
export function keepTop3(profileId: string, key: CryptoKey | null, items: Top3Item[]): void {
  const change = ++changes;
  const at = Date.now();
  if (!key) return write(itemKey(profileId), { at, plain: items });
  void seal(key, items)
    .then(({ iv, data }) => change === changes && write(itemKey(profileId), { at, iv: toBase64(iv), data: toBase64(data) }))
    .catch((error: unknown) => console.warn('Sealing the top-3 rescue copy failed', error));
}

/** The write is done: nothing left to keep. */
export function dropTop3(profileId: string): void {
  changes++;
  write(itemKey(profileId), null);
}

function profileKeys(profileId: string | null): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(profileId === null ? PREFIX : `${PREFIX}${profileId}:`)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** Takes the copies other pages of this profile left, and gives back the newest top 3 among them. */
export async function takeTop3(profileId: string, key: CryptoKey | null): Promise<Top3Item[] | null> {
  let newest: { at: number; items: Top3Item[] } | null = null;
  for (const item of profileKeys(profileId)) {
    if (item === itemKey(profileId)) continue;
    try {
      const copy = JSON.parse(localStorage.getItem(item) ?? 'null') as Copy | null;
      if (!copy) continue;
      let items: Top3Item[];
      if ('plain' in copy) items = copy.plain;
      else if (key) items = await unseal<Top3Item[]>(key, { iv: fromBase64(copy.iv), data: fromBase64(copy.data).buffer });
      else continue;
      localStorage.removeItem(item);
      if (!newest || copy.at > newest.at) newest = { at: copy.at, items };
    } catch {
      // A damaged copy, or one sealed with an older PIN: the stored top 3 stays as it is.
    }
  }
  return newest?.items ?? null;
}

/** When a profile or everything is removed, its copies go too (null: every profile). */
export function dropTop3Rescued(profileId: string | null): void {
  for (const item of profileKeys(profileId)) write(item, null);
}
