// The rescue copy: what was typed but is not yet confirmed written to IndexedDB, kept in
// localStorage, which is written at once (IndexedDB may not finish before a page ends: a close,
// a pull-to-refresh, an update in another tab). The next start or sign-in of the same profile
// stores what is newer than what was stored. A profile with a PIN keeps only a sealed copy
// (no plaintext): crypto.subtle is async and cannot run inside pagehide, so the sealed copy is
// kept up to date while the client types, and pagehide writes the last one.
import { fromBase64, seal, toBase64, unseal } from './crypto.ts';
import { pageCopies } from './page-copies.ts';
import type { AnswerSaver } from './saver.ts';
import type { StoredAnswer } from './types.ts';

type Copy = { plain: StoredAnswer[] } | { iv: string; data: string };

const copies = pageCopies<Copy>('zinvol:rescue:');

/** Keeps this page's rescue copy of one open profile up to date. */
export class RescueKeeper {
  private sealed: Copy | null = null;
  private sealing: Promise<void> | null = null;
  private again = false;
  private readonly stop: () => void;

  constructor(
    private readonly profileId: string,
    private readonly key: CryptoKey | null,
    private readonly saver: AnswerSaver,
  ) {
    this.stop = saver.subscribe((_key, state) => this.update(state === 'failed'));
  }

  /** Writes the copy now, synchronously: at pagehide, or when this page can no longer write. */
  writeNow(): void {
    const unsaved = this.saver.allUnsaved();
    if (unsaved.length === 0) return copies.write(copies.ownKey(this.profileId), null);
    copies.write(copies.ownKey(this.profileId), this.key ? this.sealed : { plain: unsaved });
  }

  /** After a sign-out: nothing more to keep once everything is written. */
  close(): void {
    this.stop();
    if (this.saver.allUnsaved().length === 0) copies.write(copies.ownKey(this.profileId), null);
  }

  private update(failed: boolean): void {
    if (this.saver.allUnsaved().length === 0) {
      this.sealed = null;
      return copies.write(copies.ownKey(this.profileId), null);
    }
    if (this.key) this.reseal();
    // A write that failed may keep failing (full disk, outdated page): keep the copy now, not only at pagehide.
    else if (failed) this.writeNow();
  }

  /** One seal at a time; keystrokes during a seal ask for one more afterwards. */
  private reseal(): void {
    if (this.sealing) {
      this.again = true;
      return;
    }
    const key = this.key!;
    this.sealing = (async () => {
      do {
        this.again = false;
        const unsaved = this.saver.allUnsaved();
        const { iv, data } = await seal(key, unsaved);
        this.sealed = unsaved.length ? { iv: toBase64(iv), data: toBase64(data) } : null;
        if (this.saver.allUnsaved().length) copies.write(copies.ownKey(this.profileId), this.sealed);
      } while (this.again);
    })()
      .catch((error: unknown) => console.warn('Sealing the rescue copy failed', error))
      .finally(() => (this.sealing = null));
  }
}

/**
 * Takes the rescue copies of a profile (of every page, except this page's own) and gives back
 * their answers; a copy that cannot be opened with this key is left where it is.
 */
export async function takeRescued(profileId: string, key: CryptoKey | null): Promise<StoredAnswer[]> {
  const found: StoredAnswer[] = profileId === 'own' && !key ? takeLegacyRescue() : [];
  for (const item of copies.othersKeys(profileId)) {
    try {
      const copy = copies.read(item);
      if (copy && 'plain' in copy) found.push(...copy.plain);
      else if (copy && key)
        found.push(...(await unseal<StoredAnswer[]>(key, { iv: fromBase64(copy.iv), data: fromBase64(copy.data).buffer })));
      else continue;
      copies.write(item, null);
    } catch {
      // A damaged copy, or one sealed with an older PIN: the stored answers stay as they are.
    }
  }
  return found;
}

/** Versions before this one kept the own device's rescue in sessionStorage: read once, after the update. */
function takeLegacyRescue(): StoredAnswer[] {
  const LEGACY_KEY = 'zinvol:unsaved';
  try {
    const text = sessionStorage.getItem(LEGACY_KEY);
    sessionStorage.removeItem(LEGACY_KEY);
    return text ? (JSON.parse(text) as StoredAnswer[]) : [];
  } catch {
    return [];
  }
}

/** When a profile or everything is removed, its rescue copies go too (null: every profile). */
export function dropRescued(profileId: string | null): void {
  copies.drop(profileId);
}
