// Size budgets: bytes, which are the same on every run (times belong in `npm run bench`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, gzipSizes, KB, KIB, precache, requestedBeforeFirstPaint, sum } from '../../scripts/measure.mjs';
import { COPIES, syntheticModules } from '../../scripts/sizes.mjs';

// The folder the test server serves (see playwright.config.ts).
const DIST = process.env.E2E_PORT ? `dist-${process.env.E2E_PORT}` : 'dist';
// Issue 13's goals: 40 KB of JavaScript for the first screen, 450 KiB of precache with 9 modules,
// and at most 14 KiB more for each module added (module texts are stored as gzip-compressed data,
// src/content/module-text-file.ts). See README.
const FIRST_SCREEN_JS = 40 * KB;
const PRECACHE = 450 * KIB;
const PRECACHE_PER_MODULE = 14 * KIB;

test.use({ serviceWorkers: 'block' });

async function firstScreenJs(page: Page): Promise<number> {
  const files = gzipSizes(DIST, await page.evaluate(requestedBeforeFirstPaint));
  expect(files.some((f) => f.path.endsWith('.js'))).toBe(true);
  return sum(files, '.js');
}

test(`the first screen needs at most ${FIRST_SCREEN_JS / KB} KB of JavaScript (gzip), for a new and a returning visitor`, async ({
  page,
}) => {
  await page.goto('/');
  const own = page.getByRole('button', { name: /Dit is mijn eigen telefoon of tablet/ });
  await expect(own).toBeVisible();
  expect(await firstScreenJs(page)).toBeLessThanOrEqual(FIRST_SCREEN_JS);

  await own.click();
  // The choice is stored once home shows; then a returning visitor opens the app.
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  // Shown once the stored data is read, after the first paint (Dexie opens then): time on a busy machine.
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible({ timeout: 15_000 });
  expect(await firstScreenJs(page)).toBeLessThanOrEqual(FIRST_SCREEN_JS);
});

test(`the precache (9 modules, Dutch) holds at most ${PRECACHE / KIB} KiB, no other language and no trainer tools`, () => {
  const { bytes, entries } = precache(DIST);
  expect(bytes).toBeLessThanOrEqual(PRECACHE);
  expect(entries.filter((entry) => entry.url.startsWith('assets/nl/')).length).toBeGreaterThanOrEqual(9);
  expect(entries.filter((entry) => entry.url.startsWith('assets/en/'))).toEqual([]);
  // The trainer's tools and the print layout are cached when first used (tests/e2e/first-use.spec.ts).
  expect(entries.filter((entry) => /^assets\/(trainer|first-use)\//.test(entry.url))).toEqual([]);
});

test(`each module added to the workbook adds at most ${PRECACHE_PER_MODULE / KIB} KiB to the precache`, async () => {
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'zinvol-budget-'));
  try {
    await build(join(root, 'dist'), { modulesDir: syntheticModules(root) });
    const more = precache(join(root, 'dist'));
    const perModule = (more.bytes - precache(DIST).bytes) / COPIES;
    expect(more.entries.length - precache(DIST).entries.length).toBe(COPIES);
    expect(perModule).toBeLessThanOrEqual(PRECACHE_PER_MODULE);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('npm start sends text files compressed, and says so', async ({ request }) => {
  for (const [encoding, expected] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
  ]) {
    const response = await request.get('/', { headers: { 'Accept-Encoding': encoding! } });
    expect(response.headers()['content-encoding']).toBe(expected);
    expect(response.headers()['vary']).toContain('Accept-Encoding');
    expect(await response.text()).toContain('<div id="app">');
  }
  const icon = await request.get('/icon-192.png', { headers: { 'Accept-Encoding': 'br' } });
  expect(icon.headers()['content-encoding']).toBeUndefined();
  // A module text is gzip data the app unpacks itself: sent as it is, never with Content-Encoding.
  const files = (await (await request.get('/languages.json')).json()) as Record<string, string[]>;
  const text = await request.get(
    files.nl!.find((path) => path.endsWith('.json.gz'))!,
    { headers: { 'Accept-Encoding': 'gzip, br' } },
  );
  expect(text.headers()['content-encoding']).toBeUndefined();
  expect(text.headers()['content-type']).toBe('application/gzip');
  expect([...(await text.body()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
});
