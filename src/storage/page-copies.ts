// Copies a page keeps in localStorage, one per profile and page: the rescue copies of answers
// (rescue.ts) and of the top 3 (top3-rescue.ts) are kept, found and dropped the same way.

/** Each page has its own copy, so one tab never removes what another tab is keeping. */
const PAGE_ID = Math.random().toString(36).slice(2, 10);

export interface PageCopies<Copy> {
  /** The key of this page's copy for a profile. */
  ownKey(profileId: string): string;
  /** Writes (or, with null, removes) a copy. No room or no localStorage: the normal write still runs. */
  write(key: string, copy: Copy | null): void;
  /** The keys of the copies other pages left for a profile. */
  othersKeys(profileId: string): string[];
  /** A copy as written; throws on a damaged one. */
  read(key: string): Copy | null;
  /** Removes every copy of a profile (null: of every profile). */
  drop(profileId: string | null): void;
}

export function pageCopies<Copy>(prefix: string): PageCopies<Copy> {
  const ownKey = (profileId: string) => `${prefix}${profileId}:${PAGE_ID}`;
  const write = (key: string, copy: Copy | null) => {
    try {
      if (copy) localStorage.setItem(key, JSON.stringify(copy));
      else localStorage.removeItem(key);
    } catch {
      // No room or no localStorage.
    }
  };
  const keysOf = (profileId: string | null): string[] => {
    try {
      const start = profileId === null ? prefix : `${prefix}${profileId}:`;
      const keys: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key?.startsWith(start)) keys.push(key);
      }
      return keys;
    } catch {
      return [];
    }
  };
  return {
    ownKey,
    write,
    othersKeys: (profileId) => keysOf(profileId).filter((key) => key !== ownKey(profileId)),
    read: (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Copy | null,
    drop: (profileId) => keysOf(profileId).forEach((key) => write(key, null)),
  };
}
