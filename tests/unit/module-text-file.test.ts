// @vitest-environment node
// Module texts in a production build are gzip-compressed JSON files (src/content/module-text-file.ts):
// the real texts come back whole, and a damaged or missing file is a rejected promise, never half a text.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeModuleText, textFileLoaders, textFileName } from '../../src/content/module-text-file.ts';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import type { ModuleMeta } from '../../src/content/types.ts';

const { modules } = compileWorkbook(resolve('modules'));
const largest = modules
  .flatMap((module) => Object.values(module.texts))
  .reduce((a, b) => (JSON.stringify(a).length >= JSON.stringify(b).length ? a : b));
const json = JSON.stringify(largest);
const gzipped = () => toArrayBuffer(gzipSync(json, { level: 9 }));

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('decoding a module text file', () => {
  it('gives back the whole text of the largest module', async () => {
    expect(await decodeModuleText(gzipped())).toEqual(largest);
    expect(gzipped().byteLength).toBeLessThan(json.length / 2);
  });

  it('also reads a file a host has already unpacked (sent with Content-Encoding: gzip)', async () => {
    expect(await decodeModuleText(toArrayBuffer(new TextEncoder().encode(json)))).toEqual(largest);
  });

  it('rejects a damaged file: cut short, bytes changed, empty, or not a module text', async () => {
    const whole = new Uint8Array(gzipped());
    const cut = whole.slice(0, whole.length / 2);
    const changed = whole.slice();
    for (let i = 40; i < 80; i++) changed[i] = changed[i]! ^ 0xff;
    const notAText = gzipSync(JSON.stringify({ hello: 'world' }));
    for (const bytes of [cut, changed, new Uint8Array(0), notAText, new TextEncoder().encode('<!doctype html>')]) {
      await expect(decodeModuleText(toArrayBuffer(bytes))).rejects.toThrow();
    }
  });
});

describe('loading module text files', () => {
  afterEach(() => vi.unstubAllGlobals());
  const meta = (id: string, kind: ModuleMeta['kind'] = 'workbook') => ({ id, kind, languages: ['nl', 'en'] }) as ModuleMeta;

  it('names the learner texts by language and keeps the course notes with the trainer tools', () => {
    expect(textFileName(meta('aan-de-slag'), 'nl', '0123abcd')).toBe('assets/nl/module-aan-de-slag-0123abcd.json.gz');
    expect(textFileName(meta('cursus', 'course'), 'en', '0123abcd')).toBe('assets/trainer/module-cursus-en-0123abcd.json.gz');
  });

  it('fetches each file once, and again after a failure (offline, then online)', async () => {
    const fetch = vi
      .fn<(url: string) => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(new Response(gzipped()));
    vi.stubGlobal('fetch', fetch);
    const loaders = textFileLoaders([meta('proef')], ['feedc0de']);
    await expect(loaders.proef!.nl!()).rejects.toThrow('Failed to fetch');
    const [first, second] = await Promise.all([loaders.proef!.nl!(), loaders.proef!.nl!()]);
    expect(first.default).toEqual(largest);
    expect(second).toBe(first);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/assets/nl/module-proef-feedc0de.json.gz',
      '/assets/nl/module-proef-feedc0de.json.gz',
    ]);
  });

  it('rejects a missing file (404) instead of reading the error page', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Not found', { status: 404 })));
    await expect(textFileLoaders([meta('weg')], ['00000000']).weg!.nl!()).rejects.toThrow('404');
  });
});
