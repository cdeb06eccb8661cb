// A module text in a production build is data, not code: one gzip-compressed JSON file per module
// and language (written by src/pipeline/vite-plugin.ts), unpacked here by the browser's own
// DecompressionStream. The phone keeps these files as they came (Cache Storage stores bodies
// uncompressed), so the precache holds about a third of what the same text costs as a script.
// In dev and in unit tests the texts are modules loaded with import(); this file is not used there.
import type { Language, ModuleMeta, ModuleText } from './types.ts';
import { TRAINER_TOOLS_FOLDER } from '../pwa/caches.ts';

export type TextLoader = () => Promise<{ default: ModuleText }>;

/**
 * Where the build writes a module text and the app fetches it. `hash` is of the module's texts in
 * all its languages: one short name per module on the first screen (it holds every module's).
 * The course notes are for trainers only: with the trainer's tools, not precached.
 */
export function textFileName(meta: Pick<ModuleMeta, 'id' | 'kind'>, language: string, hash: string): string {
  return meta.kind === 'course'
    ? `assets/${TRAINER_TOOLS_FOLDER}/module-${meta.id}-${language}-${hash}.json.gz`
    : `assets/${language}/module-${meta.id}-${hash}.json.gz`;
}

/** One loader per module and language, from the hash of each module's texts (see textFileName), in the modules' order. */
export function textFileLoaders(
  modules: readonly ModuleMeta[],
  hashes: readonly string[],
): Record<string, Partial<Record<Language, TextLoader>>> {
  return Object.fromEntries(
    modules.map((meta, index) => [
      meta.id,
      Object.fromEntries(meta.languages.map((lang) => [lang, textFile(`/${textFileName(meta, lang, hashes[index]!)}`)])),
    ]),
  );
}

const loading = new Map<string, Promise<{ default: ModuleText }>>();

/** The loader of one module text file: fetched and unpacked once, and tried again after a failure (offline). */
function textFile(url: string): TextLoader {
  return () => {
    let text = loading.get(url);
    if (!text) {
      text = fetchModuleText(url).then((decoded) => ({ default: decoded }));
      loading.set(url, text);
      text.catch(() => loading.delete(url));
    }
    return text;
  };
}

async function fetchModuleText(url: string): Promise<ModuleText> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return decodeModuleText(await response.arrayBuffer());
}

/** The module text in a file's bytes; rejects (never returns half a text) when the file is damaged. */
export async function decodeModuleText(bytes: ArrayBuffer): Promise<ModuleText> {
  const [first, second] = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 2));
  // A host that sends .gz files with `Content-Encoding: gzip` has had the browser unpack it already.
  const body = first === 0x1f && second === 0x8b ? new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip')) : bytes;
  const text = (await new Response(body).json()) as Partial<ModuleText> | null;
  if (typeof text?.lang !== 'string' || !Array.isArray(text.sections)) throw new Error('Not a module text');
  return text as ModuleText;
}
