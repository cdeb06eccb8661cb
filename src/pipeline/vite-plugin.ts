// Vite plugin: compiles modules/ at build time and serves the result as virtual modules.
//   virtual:workbook                      the small index (titles, minutes, themes) + loaders
//   virtual:workbook/text/<id>/<lang>     one module in one language (dev and unit tests; a production
//                                         build writes each as a compressed data file instead, see textFiles)
//   virtual:workbook/sources              loaders of each module's file text (for "Aanpassen" in the editor)
//   virtual:workbook/source/<id>          one module as a module file, its own chunk
//   virtual:workbook/practice/<lang>      the practice app's people, posts and tasks in one language, its own chunk
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin, ViteDevServer } from 'vite';
import { compileWorkbook, moduleFileText, type CompiledWorkbook } from './compile.ts';
import { formatProblemIn, terminalLanguage } from './problems.ts';
import { LANGUAGE_FILES_URL, TRAINER_TOOLS_FOLDER } from '../pwa/caches.ts';
import { textFileName } from '../content/module-text-file.ts';
import { LANGUAGES } from '../content/types.ts';

const INDEX_ID = 'virtual:workbook';
const PREFIX = 'virtual:workbook/';

export function workbookModules(dir?: string): Plugin {
  const modulesDir = resolve(dir ?? 'modules');
  let workbook: CompiledWorkbook | null = null;
  let isBuild = false;

  const compile = (): CompiledWorkbook => {
    workbook ??= compileWorkbook(modulesDir);
    return workbook;
  };

  return {
    name: 'zinvol-workbook-modules',
    configResolved(config) {
      isBuild = config.command === 'build' && !config.mode.startsWith('test');
    },
    buildStart() {
      workbook = null;
      const { problems } = compile();
      if (problems.length === 0) return;
      const report = problems.map((problem) => formatProblemIn(problem, terminalLanguage(process.env))).join('\n');
      if (isBuild) {
        // A clear list for module authors instead of a stack trace; the build must stop.
        console.error(`\nThe module files have ${problems.length} problem(s):\n${report}\n`);
        process.exit(1);
      }
      this.error(`The module files have ${problems.length} problem(s):\n${report}`);
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(modulesDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(modulesDir)) return;
        workbook = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0' + INDEX_ID)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(PREFIX) ? '\0' + id : null;
    },
    load(id) {
      if (!id.startsWith('\0' + INDEX_ID)) return null;
      const { modules, practice } = compile();
      const path = id.slice(1);
      if (path === INDEX_ID) {
        if (!isBuild) return indexSource(compile(), textModules(compile()));
        const { hashes, files } = textFiles(compile());
        for (const file of files) this.emitFile({ type: 'asset', ...file });
        const loaders = `textFileLoaders(modules, ${JSON.stringify(hashes)})`;
        return `import { textFileLoaders } from ${JSON.stringify(TEXT_FILE_LOADER)};\n${indexSource(compile(), loaders)}`;
      }
      if (path.startsWith(`${PREFIX}practice/`)) return `export default ${JSON.stringify(oneLanguage(practice, path.split('/')[2]!))};`;
      const [, kind, ...rest] = path.split('/');
      if (kind === 'text') {
        const [moduleId, lang] = rest;
        const text = modules.find((m) => m.meta.id === moduleId)?.texts[lang as 'nl'];
        return `export default ${JSON.stringify(text ?? null)};`;
      }
      if (kind === 'sources') return sourcesIndex(modules);
      if (kind === 'source') {
        const module = modules.find((m) => m.meta.id === rest[0]);
        return `export default ${JSON.stringify(module ? moduleFileText(resolve(modulesDir, '..', module.folder)) : null)};`;
      }
      return null;
    },
  };
}

/**
 * Files of one language go in a folder of their own (assets/<lang>/), so that the service worker
 * can precache one language and cache another when someone switches (vite.config.ts):
 * assets/<lang>/module-<id>-<hash>.json.gz (see textFiles) and the UI strings
 * (src/i18n/locales/<lang>.json) as assets/<lang>/strings-<hash>.js.
 */
/**
 * Chunks only a trainer opens (the module editor and its compiler, the built-in module files to
 * adapt, the QR code drawer and camera reader, the trainer settings, the course notes): in assets/trainer/, kept out of the precache so a
 * participant's phone does not download them; cached when first opened (see vite.config.ts).
 */
const TRAINER_TOOLS = ['module-files', 'EditorScreen', 'QrScanner', 'QrCode', 'sources', 'TrainerSettings'];

/**
 * Chunks a client opens rarely, and first while online (the print layout, opened from Settings,
 * which fetches it ahead): in assets/first-use/, out of the precache, cached when first loaded.
 */
const FIRST_USE = ['PrintScreen'];
export const FIRST_USE_FOLDER = 'first-use';

/** The CSS of a trainer tool or a first-use chunk goes to the same folder as its chunk. */
export function workbookAssetName(asset: { names?: readonly string[] }): string {
  const name = asset.names?.[0]?.replace(/\.css$/, '') ?? '';
  if (TRAINER_TOOLS.includes(name)) return `assets/${TRAINER_TOOLS_FOLDER}/[name]-[hash][extname]`;
  if (FIRST_USE.includes(name)) return `assets/${FIRST_USE_FOLDER}/[name]-[hash][extname]`;
  return 'assets/[name]-[hash][extname]';
}

export function workbookChunkName(chunk: { facadeModuleId?: string | null; name?: string }): string | undefined {
  const practice = /virtual:workbook\/practice\/(\w+)$/.exec(chunk.facadeModuleId ?? '');
  if (practice) return `assets/${practice[1]}/practice-data-[hash].js`;
  // A lazy screen's own strings (src/screens/<screen>/locales/<lang>.json, see addStrings).
  const screenStrings = /\/screens\/([\w-]+)\/locales\/(\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
  if (screenStrings) return `assets/${screenStrings[2]}/${screenStrings[1]}-strings-[hash].js`;
  if (chunk.name && TRAINER_TOOLS.includes(chunk.name)) return `assets/${TRAINER_TOOLS_FOLDER}/[name]-[hash].js`;
  if (chunk.name && FIRST_USE.includes(chunk.name)) return `assets/${FIRST_USE_FOLDER}/[name]-[hash].js`;
  const id = chunk.facadeModuleId ?? '';
  const source = /virtual:workbook\/source\/(.+)$/.exec(id);
  if (source) return `assets/${TRAINER_TOOLS_FOLDER}/source-${source[1]}-[hash].js`;
  const strings = /locales\/(\w+)\.json\?(all|rest)$/.exec(id);
  if (strings) return `assets/${strings[1]}/strings-[hash].js`;
  return undefined;
}

/** Texts in every language ({ nl, en }) cut down to one: each language's chunk holds only its own. */
function oneLanguage(value: unknown, language: string): unknown {
  if (Array.isArray(value)) return value.map((item) => oneLanguage(item, language));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === LANGUAGES.length && LANGUAGES.every((lang) => keys.includes(lang)))
    return { [language]: (value as Record<string, unknown>)[language] };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneLanguage(item, language)]));
}

/** The virtual:workbook module: every module's meta, and one loader per module and language. */
function indexSource({ modules }: CompiledWorkbook, textLoaders: string): string {
  return [`export const modules = ${JSON.stringify(modules.map((m) => m.meta))};`, `export const textLoaders = ${textLoaders};`].join('\n');
}

/** In dev and unit tests: each text a virtual module of its own. */
function textModules({ modules }: CompiledWorkbook): string {
  const loaders = modules.map(({ meta }) => {
    const where = meta.kind === 'course' ? '/trainer' : '';
    const perLanguage = meta.languages.map(
      (lang) => `${lang}: () => import(${JSON.stringify(`${PREFIX}text/${meta.id}/${lang}${where}`)})`,
    );
    return `${JSON.stringify(meta.id)}: { ${perLanguage.join(', ')} }`;
  });
  return `{ ${loaders.join(',\n')} }`;
}

/** Fetches and unpacks the text files of a production build in the browser (one small file). */
const TEXT_FILE_LOADER = fileURLToPath(new URL('../content/module-text-file.ts', import.meta.url));

/**
 * In a production build: each module text in each language as a gzip-compressed JSON file
 * (named by src/content/module-text-file.ts). Data instead of code: the phone stores it small,
 * and the first screen holds one short hash per module instead of a dynamic import per text.
 */
function textFiles({ modules }: CompiledWorkbook): { hashes: string[]; files: { fileName: string; source: Uint8Array }[] } {
  // In the order of the modules in the index: a list costs the first screen less than one keyed by id.
  const hashes: string[] = [];
  const files = modules.flatMap(({ meta, texts }) => {
    const json = meta.languages.map((lang) => JSON.stringify(texts[lang]));
    const hash = createHash('sha256').update(json.join('\n')).digest('hex').slice(0, 8);
    hashes.push(hash);
    return meta.languages.map((lang, i) => ({ fileName: textFileName(meta, lang, hash), source: gzipSync(json[i]!, { level: 9 }) }));
  });
  return { hashes, files };
}

function sourcesIndex(modules: CompiledWorkbook['modules']): string {
  const loaders = modules.map(({ meta }) => `${JSON.stringify(meta.id)}: () => import(${JSON.stringify(`${PREFIX}source/${meta.id}`)})`);
  return `export const sourceLoaders = { ${loaders.join(',\n')} };`;
}

/** Writes languages.json (LANGUAGE_FILES_URL): the chunk files of each language, assets/<lang>/…. */
export function languageFiles(): Plugin {
  return {
    name: 'zinvol-language-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: Record<string, string[]> = {};
      for (const fileName of Object.keys(bundle).sort()) {
        const language = /^assets\/([a-z]{2})\//.exec(fileName)?.[1];
        if (language) (files[language] ??= []).push(`/${fileName}`);
      }
      this.emitFile({ type: 'asset', fileName: LANGUAGE_FILES_URL.slice(1), source: JSON.stringify(files) });
    },
  };
}
