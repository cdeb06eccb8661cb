// The offline speech engine for reading aloud (src/read-aloud/): eSpeak NG compiled to plain
// JavaScript (@echogarden/espeak-ng-emscripten, GPL-3.0). The package carries the data of every
// language (24 MB); the app needs Dutch and English only (0.9 MB). This plugin writes the engine
// and a data file with just those files into assets/speech/, which is not precached: the service
// worker caches it the first time someone asks for reading aloud (vite.config.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { SPEECH_FOLDER } from '../read-aloud/speech-cache.ts';

export { SPEECH_FOLDER };
const VIRTUAL = 'virtual:speech-engine';

/** The engine's own files (phonemes, intonation) and the Dutch and English voices and dictionaries. */
const KEEP = /\/(phontab|phonindex|phondata|intonations|nl_dict|en_dict|lang\/gmw\/nl|lang\/gmw\/en)$/;

interface PackedFile {
  filename: string;
  start: number;
  end: number;
}

export interface SpeechEngineFiles {
  script: string;
  data: Uint8Array;
}

/** The engine with a data file of only the files that KEEP names. */
export function trimSpeechEngine(script: string, data: Uint8Array): SpeechEngineFiles {
  // Emscripten's file packager writes the list of packed files into the script:
  // loadPackage({files:[{filename:"…",start:0,end:121473},…],remote_package_size:24014553})
  const call = /loadPackage\(\{files:\[(.*?)\],remote_package_size:(\d+)\}\)/.exec(script);
  if (!call?.[1]) throw new Error('speech engine: the list of packed files was not found');
  const entries = [...call[1].matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map(
    ([, filename = '', start = '0', end = '0']): PackedFile => ({ filename, start: Number(start), end: Number(end) }),
  );
  const kept = entries.filter((entry) => KEEP.test(entry.filename));
  const parts: Uint8Array[] = [];
  const files: PackedFile[] = [];
  let offset = 0;
  for (const entry of kept) {
    const part = data.subarray(entry.start, entry.end);
    files.push({ filename: entry.filename, start: offset, end: offset + part.length });
    parts.push(part);
    offset += part.length;
  }
  const list = files.map((f) => `{filename:${JSON.stringify(f.filename)},start:${f.start},end:${f.end}}`).join(',');
  const trimmed = script.replace(call[0], `loadPackage({files:[${list}],remote_package_size:${offset}})`);
  return { script: trimmed, data: concat(parts, offset) };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

function readEngine(): SpeechEngineFiles {
  const folder = dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten'));
  return trimSpeechEngine(readFileSync(join(folder, 'espeak-ng.js'), 'utf8'), readFileSync(join(folder, 'espeak-ng.data')));
}

const hashOf = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** `import { engineUrl, dataUrl, dataSize } from 'virtual:speech-engine'`: where the engine's files are served. */
export function speechEngine(): Plugin {
  let files: SpeechEngineFiles | undefined;
  const engine = () => (files ??= readEngine());
  const urls = () => {
    const { script, data } = engine();
    return {
      engineUrl: `/assets/${SPEECH_FOLDER}/espeak-ng-${hashOf(script)}.js`,
      dataUrl: `/assets/${SPEECH_FOLDER}/espeak-ng-nl-en-${hashOf(data)}.data`,
    };
  };
  let building = false;
  return {
    name: 'zinvol-speech-engine',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const { engineUrl, dataUrl } = urls();
      if (building) {
        this.emitFile({ type: 'asset', fileName: engineUrl.slice(1), source: engine().script });
        this.emitFile({ type: 'asset', fileName: dataUrl.slice(1), source: engine().data });
      }
      return `export const engineUrl = ${JSON.stringify(engineUrl)};
export const dataUrl = ${JSON.stringify(dataUrl)};
export const dataSize = ${engine().data.length};`;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((request, response, next) => {
        const { engineUrl, dataUrl } = urls();
        if (request.url === engineUrl) response.setHeader('Content-Type', 'text/javascript').end(engine().script);
        else if (request.url === dataUrl) response.setHeader('Content-Type', 'application/octet-stream').end(engine().data);
        else next();
      });
    },
  };
}

/**
 * Reading aloud beyond its button (src/read-aloud/ReadAloud.tsx and what it imports, with its CSS)
 * goes beside the engine in assets/speech/: out of the precache, cached at first use.
 */
const SPEECH_CHUNKS = ['ReadAloud'];
export function speechChunkName(chunk: { name?: string }): string | undefined {
  return chunk.name && SPEECH_CHUNKS.includes(chunk.name) ? `assets/${SPEECH_FOLDER}/[name]-[hash].js` : undefined;
}
export function speechAssetName(asset: { names?: string[] }): string | undefined {
  return asset.names?.some((name) => SPEECH_CHUNKS.includes(name.replace(/\.css$/, '')))
    ? `assets/${SPEECH_FOLDER}/[name]-[hash][extname]`
    : undefined;
}
