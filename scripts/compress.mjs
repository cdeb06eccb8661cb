// Compression for scripts/serve.mjs, as any real host does: brotli or gzip, whichever the
// browser accepts, for text files. Each file is compressed once (best quality) and kept.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// .data: the speech engine's data for reading aloud (src/pipeline/speech-engine.ts), which gzip halves.
// Not .gz: the module texts are compressed already, and the app unpacks them itself.
const TEXT = /\.(html|js|css|json|svg|webmanifest|txt|data)$/;
const kept = new Map();

/** The encoding to use for this request and file, or null to send it as it is. */
export function chooseEncoding(acceptEncoding, path) {
  if (!TEXT.test(path)) return null;
  const accepted = String(acceptEncoding ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

/** The body in that encoding (kept per path, encoding and content: a changed file of the same length is new). */
export function compressed(path, body, encoding) {
  const key = `${encoding}:${path}:${createHash('sha1').update(body).digest('hex')}`;
  let result = kept.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    kept.set(key, result);
  }
  return result;
}
