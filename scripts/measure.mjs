// Byte measurements shared by `npm run sizes`, `npm run bench` and the budget test
// (tests/e2e/budget.spec.ts). Bytes are deterministic, so budgets can be tests; times are not.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;
export const KIB = 1024;

/**
 * Runs in the page: the JS and CSS files the browser requested before the first screen painted
 * (first contentful paint). Call it once the first screen is visible.
 */
export function requestedBeforeFirstPaint() {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const until = paint ? paint.startTime : Infinity;
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= until && /\.(js|css)(\?|$)/.test(entry.name))
    .map((entry) => new URL(entry.name).pathname);
}

/** Runs in the page: every JS and CSS file requested so far. */
export function requestedSoFar() {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => /\.(js|css)(\?|$)/.test(entry.name))
    .map((entry) => new URL(entry.name).pathname);
}

/** The gzip -9 size of each built file, as a server would send it. */
export function gzipSizes(outDir, paths) {
  return [...new Set(paths)].map((path) => {
    const bytes = readFileSync(join(outDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export const sum = (files, kind = '') => files.filter((f) => f.path.endsWith(kind)).reduce((total, f) => total + f.gzip, 0);

/** The service worker's precache: its entries and their raw bytes (as Workbox counts them). */
export function precache(outDir) {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const entries = urls.map((url) => ({ url, bytes: statSync(join(outDir, url)).size }));
  return { entries, bytes: entries.reduce((total, e) => total + e.bytes, 0) };
}

/** Builds the app into outDir (optionally another modules folder, and a module-size report). */
export function build(outDir, { modulesDir, analyzeFile, root = '.', config } = {}) {
  const args = ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  if (config) args.push('--config', config);
  return run('node', args, {
    cwd: root,
    env: { ...(modulesDir ? { ZINVOL_MODULES_DIR: modulesDir } : {}), ...(analyzeFile ? { ZINVOL_ANALYZE: analyzeFile } : {}) },
  });
}

export function run(command, args, { cwd = '.', env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`))));
  });
}

/** Serves a build folder with scripts/serve.mjs (as `npm start` does); returns its URL and a stop(). */
export async function serve(outDir, port) {
  const child = spawn('node', ['scripts/serve.mjs', outDir], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`serve.mjs ${outDir} stopped (${code})`)));
  });
  return { url: `http://localhost:${port}`, stop: () => child.kill() };
}

/**
 * The largest source modules in the given chunks, from rollup-plugin-visualizer's raw data
 * (each module gzipped alone, so the figures rank contributors rather than add up to the chunk).
 */
export function largestContributors(analyzeFile, chunkPaths, count = 5) {
  const data = JSON.parse(readFileSync(analyzeFile, 'utf8'));
  const chunks = new Set(chunkPaths.map((path) => path.replace(/^\//, '')));
  const rows = [];
  for (const meta of Object.values(data.nodeMetas)) {
    for (const [bundle, part] of Object.entries(meta.moduleParts)) {
      if (chunks.has(bundle))
        rows.push({ module: meta.id.replace(/^.*node_modules\//, ''), chunk: bundle, gzip: data.nodeParts[part].gzipLength });
    }
  }
  return rows.sort((a, b) => b.gzip - a.gzip).slice(0, count);
}
