// Encryption at rest for profiles and password-protected export files (WebCrypto only).
// A key is derived from a PIN or password with PBKDF2-SHA256, then every record is sealed
// with AES-GCM and a fresh random IV. Keys are not extractable and live only in memory.
// A record can be bound to its place (additional data: profile, kind, key), so a record moved
// to another place, or written by someone without the key, does not open. Sealed text is
// padded to a size bucket, so the stored size does not tell how long an answer is.

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

/** Sealed text is padded with spaces to the next multiple of this many bytes (JSON ignores them). */
export const SEAL_BUCKET_BYTES = 256;

// The key that makes entry names opaque belongs to one sealing key; it never leaves memory.
const nameKeys = new WeakMap<CryptoKey, CryptoKey>();

/**
 * The AES key of a PIN or password. The same PBKDF2 bits also give (through HKDF) a second key
 * for opaque entry names (see opaqueName), so a PIN is stretched only once.
 */
export async function deriveKey(secret: string, recipe: KeyRecipe): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: recipe.salt, iterations: recipe.iterations },
    material,
    256,
  );
  const key = await crypto.subtle.importKey('raw', bits, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const stretched = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const nameKey = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode('zinvol-online entry names') },
    stretched,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  nameKeys.set(key, nameKey);
  return key;
}

/** A name that says nothing without the key: the same text always gives the same name. */
export async function opaqueName(key: CryptoKey, text: string): Promise<string> {
  const nameKey = nameKeys.get(key);
  if (!nameKey) throw new Error('This key was not made by deriveKey');
  const mac = await crypto.subtle.sign('HMAC', nameKey, encoder.encode(text));
  return toBase64(new Uint8Array(mac).subarray(0, 16)).replace(/=+$/, '');
}

function padded(text: string): Uint8Array<ArrayBuffer> {
  const bytes = encoder.encode(text);
  const size = Math.ceil((bytes.length + 1) / SEAL_BUCKET_BYTES) * SEAL_BUCKET_BYTES;
  const out = new Uint8Array(size).fill(0x20);
  out.set(bytes);
  return out;
}

/** `bound` (optional) is the place the record belongs to; unseal must be given the same. */
export async function seal(key: CryptoKey, value: unknown, bound?: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(gcm(iv, bound), key, padded(JSON.stringify(value)));
  return { iv, data };
}

/** Throws when the key is wrong, the data was changed or it belongs to another place (AES-GCM checks all three). */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, bound?: string): Promise<T> {
  const plain = await crypto.subtle.decrypt(gcm(sealed.iv, bound), key, sealed.data);
  return JSON.parse(decoder.decode(plain)) as T;
}

function gcm(iv: Uint8Array<ArrayBuffer>, bound: string | undefined): AesGcmParams {
  return bound === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: encoder.encode(bound) };
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
