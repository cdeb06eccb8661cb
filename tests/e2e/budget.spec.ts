// Size budgets: bytes, which are the same on every run (times belong in `npm run bench`).
import { expect, test, type Page } from '@playwright/test';
import { gzipSizes, KB, KIB, precache, requestedBeforeFirstPaint, sum } from '../../scripts/measure.mjs';

// The folder the test server serves (see playwright.config.ts).
const DIST = process.env.E2E_PORT ? `dist-${process.env.E2E_PORT}` : 'dist';
// Issue 13's goals are 40 KB and 450 KiB. The first screen meets its goal (36.7 KB): i18next
// and the whole language load after the first paint. The precache does not yet: with every
// feature of issues 8–14 it measured 497.1 KiB after the cuts of issue 13 (Dexie's modern
// build, trainer tools and print loaded on first use, every string and text stored once and in
// one language); the module pictures, the read-aloud button and the closing screen of issue 12
// brought it to 511.1 KiB. This budget holds that figure, so nothing grows unnoticed; see README.
const FIRST_SCREEN_JS = 40 * KB;
const PRECACHE = 512 * KIB;

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
});
