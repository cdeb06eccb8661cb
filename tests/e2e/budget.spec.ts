// Size budgets: bytes, which are the same on every run (times belong in `npm run bench`).
import { expect, test, type Page } from '@playwright/test';
import { gzipSizes, KB, KIB, precache, requestedBeforeFirstPaint, sum } from '../../scripts/measure.mjs';

// The folder the test server serves (see playwright.config.ts).
const DIST = process.env.E2E_PORT ? `dist-${process.env.E2E_PORT}` : 'dist';
// Issue 13's goal is 40 KB and 450 KiB. Its own branch reached them (37.7 KB, 448 KiB); with the
// features of issues 8–14 merged the workbook measures 50.1 KB and 588 KiB. These budgets hold
// today's figures, so nothing grows unnoticed while the first screen is worked back to the goal.
const FIRST_SCREEN_JS = 51 * KB;
const PRECACHE = 600 * KIB;

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

test(`the precache (9 modules, Dutch) holds at most ${PRECACHE / KIB} KiB, and no other language`, () => {
  const { bytes, entries } = precache(DIST);
  expect(bytes).toBeLessThanOrEqual(PRECACHE);
  expect(entries.filter((entry) => entry.url.startsWith('assets/nl/')).length).toBeGreaterThanOrEqual(9);
  expect(entries.filter((entry) => entry.url.startsWith('assets/en/'))).toEqual([]);
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
