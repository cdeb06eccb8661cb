// Encryption at rest for profiles and password-protected export files (WebCrypto only).
// A key is derived from a PIN or password with PBKDF2-SHA256, then every record is sealed
// with AES-GCM and a fresh random IV. Keys are not extractable and live only in memory.

/** PBKDF2 iterations for new keys (OWASP 2023 advice for PBKDF2-SHA256). Stored with each key's salt. */
export const PBKDF2_ITERATIONS = 600_000;

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export interface KeyRecipe {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function newRecipe(iterations = PBKDF2_ITERATIONS): KeyRecipe {
  return { salt: crypto.getRandomValues(new Uint8Array(16)), iterations };
}

export async function deriveKey(secret: string, recipe: KeyRecipe): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: recipe.salt, iterations: recipe.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value)));
  return { iv, data };
}

/** Throws when the key is wrong or the data was changed (AES-GCM checks both). */
export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return JSON.parse(decoder.decode(plain)) as T;
}

const VERIFIER_TEXT = 'zinvol-online-key-check';

/** A small sealed text that tells, on unlock, whether a PIN is right. */
export function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return seal(key, VERIFIER_TEXT);
}

export async function isRightKey(key: CryptoKey, verifier: Sealed): Promise<boolean> {
  try {
    return (await unseal<string>(key, verifier)) === VERIFIER_TEXT;
  } catch {
    return false;
  }
}

/** After a few wrong tries, each next try waits longer; the count is stored, so a reload does not reset it. */
export function waitAfterWrongTries(wrongTries: number): number {
  const FREE_TRIES = 3;
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(30_000 * 2 ** (wrongTries - FREE_TRIES), 15 * 60_000);
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
