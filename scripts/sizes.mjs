// `npm run sizes`: what the first screen really costs, and what the precache holds.
// Builds the app (9 modules, and 60 with 51 synthetic copies), serves each build, and loads the
// first screen in Chromium without a service worker: the first-start question, and the home
// screen of an own device. It sums the gzip size of every JS and CSS file the browser requested
// before the first paint, and reads the precache from sw.js.
// Usage: node scripts/sizes.mjs [--json=file]
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/find-chromium.mjs';
import { build, gzipSizes, KB, KIB, largestContributors, precache, requestedBeforeFirstPaint, serve, sum } from './measure.mjs';

export const COPIES = 51;
const PORT = Number(process.env.SIZES_PORT ?? 4199);

/** The first screen's files for a new visitor (first-start question) and a returning one (home). */
export async function firstScreens(url, browser) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(url);
  const question = page.getByRole('button', { name: /Dit is mijn eigen telefoon of tablet/ });
  await question.waitFor();
  const firstStart = await page.evaluate(requestedBeforeFirstPaint);
  await question.click();
  await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
  const home = await page.evaluate(requestedBeforeFirstPaint);
  await context.close();
  return { firstStart, home };
}

async function measure(outDir, browser, port) {
  const server = await serve(outDir, port);
  try {
    const screens = await firstScreens(server.url, browser);
    const files = (paths) => gzipSizes(outDir, paths);
    const firstStart = files(screens.firstStart);
    const home = files(screens.home);
    return { firstStart, home, precache: precache(outDir) };
  } finally {
    server.stop();
  }
}

/** The real modules plus COPIES copies of one (new ids), in root/modules; the budget test uses them too. */
export function syntheticModules(root) {
  const modules = join(root, 'modules');
  cpSync('modules', modules, { recursive: true });
  for (let i = 1; i <= COPIES; i++) {
    const copy = join(modules, `copy-${i}`);
    cpSync('modules/02-jezelf-laten-zien', copy, { recursive: true });
    const settings = readFileSync(join(copy, 'module.yml'), 'utf8')
      .replace(/^id: .*$/m, `id: kopie-${i}`)
      .replace(/^order: .*$/m, `order: ${100 + i}`);
    writeFileSync(join(copy, 'module.yml'), settings);
  }
  return modules;
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'zinvol-sizes-'));
  const analyzeFile = join(root, 'modules-in-chunks.json');
  await build(join(root, 'base'), { analyzeFile });
  await build(join(root, 'more'), { modulesDir: syntheticModules(root) });

  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const base = await measure(join(root, 'base'), browser, PORT);
  const more = await measure(join(root, 'more'), browser, PORT + 1);
  await browser.close();

  const js = (files) => sum(files, '.js');
  const heaviest = js(base.home) >= js(base.firstStart) ? base.home : base.firstStart;
  console.log('\nFirst screen (JS and CSS requested before the first paint, gzip -9):');
  for (const f of heaviest) console.log(`  ${f.path.padEnd(44)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} gzip`);
  console.log(`  first start: JS ${kb(js(base.firstStart))}, CSS ${kb(sum(base.firstStart, '.css'))}`);
  console.log(`  home:        JS ${kb(js(base.home))}, CSS ${kb(sum(base.home, '.css'))}`);
  console.log(`  home with ${9 + COPIES} modules: JS ${kb(js(more.home))} (${(js(more.home) / js(base.home)).toFixed(2)} ×)`);
  console.log('\nLargest contributors to the first screen (each module gzipped alone):');
  const top = largestContributors(
    analyzeFile,
    heaviest.map((f) => f.path),
  );
  for (const row of top) console.log(`  ${row.module.padEnd(56)} ${kb(row.gzip).padStart(9)}  (${row.chunk})`);
  const perModule = (more.precache.bytes - base.precache.bytes) / COPIES;
  console.log('\nPrecache (raw bytes, as Workbox counts them):');
  console.log(`  9 modules:  ${kib(base.precache.bytes)}, ${base.precache.entries.length} entries`);
  console.log(
    `  ${9 + COPIES} modules: ${kib(more.precache.bytes)}, ${more.precache.entries.length} entries (+${kib(perModule)} per module)`,
  );

  const out = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
  if (out) {
    const summary = {
      firstStartJs: js(base.firstStart),
      homeJs: js(base.home),
      homeJs60: js(more.home),
      css: sum(heaviest, '.css'),
      files: heaviest,
      top,
      precache9: { bytes: base.precache.bytes, entries: base.precache.entries.length },
      precache60: { bytes: more.precache.bytes, entries: more.precache.entries.length },
      precachePerModule: perModule,
    };
    writeFileSync(out, JSON.stringify(summary, null, 2));
    console.log(`\nwritten: ${out}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
