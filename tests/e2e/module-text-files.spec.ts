// Issue 13: module texts are gzip-compressed JSON files that the app unpacks itself
// (src/content/module-text-file.ts). The Dutch ones are precached; a missing or damaged file
// gets the calm "not on this device yet" note with a way to try again, never an endless wait
// or an uncaught error; a direct link to a module page starts fetching its text at once.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { MODULE_ID, useAsOwnDevice, waitForOffline } from './helpers.ts';

const TEXT_FILE = `**/assets/nl/module-${MODULE_ID}-*.json.gz`;

/** The module text files the service worker has precached, by folder. */
const precachedTextFiles = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      paths.push(...(await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.endsWith('.json.gz')));
    }
    return paths.sort();
  });

test('the Dutch module texts are precached as compressed data, and nothing of English or the course notes', async ({ page }) => {
  await useAsOwnDevice(page);
  await waitForOffline(page);
  const listed = await page.evaluate(async () => ((await (await fetch('/languages.json')).json()) as { nl: string[] }).nl);
  const texts = listed.filter((path) => path.endsWith('.json.gz'));
  expect(texts.length).toBeGreaterThanOrEqual(9);
  await expect.poll(() => precachedTextFiles(page)).toEqual(texts.sort());
  expect(texts.every((path) => /^\/assets\/nl\/module-[a-z0-9-]+-[0-9a-f]{8}\.json\.gz$/.test(path))).toBe(true);
});

test('the course notes (trainers only) are kept once opened, and open again offline', async ({ page, context }) => {
  await useAsOwnDevice(page);
  await waitForOffline(page);
  await page.goto('/trainer');
  await expect(page.getByRole('heading', { level: 2, name: 'De cursus, stap voor stap' })).toBeVisible();
  const kept = await page.evaluate(async () =>
    (await (await caches.open('zinvol-trainer-tools')).keys()).map((request) => new URL(request.url).pathname),
  );
  expect(kept.filter((path) => /^\/assets\/trainer\/module-cursus-voor-trainers-nl-[0-9a-f]{8}\.json\.gz$/.test(path))).toHaveLength(1);

  await context.setOffline(true);
  await page.close();
  const offline = await context.newPage();
  await offline.goto('/trainer');
  await expect(offline.getByRole('heading', { level: 2, name: 'De cursus, stap voor stap' })).toBeVisible();
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  for (const [damage, fulfil] of [
    ['damaged', { status: 200, contentType: 'application/gzip', body: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]) }],
    ['missing', { status: 404, contentType: 'text/plain', body: 'Not found' }],
  ] as const) {
    test(`a ${damage} module text gives a calm note and a way to try again`, async ({ page }) => {
      await useAsOwnDevice(page);
      await page.route(TEXT_FILE, (route) => route.fulfill(fulfil));
      await page.goto(`/module/${MODULE_ID}/1`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit deel is nog niet op dit apparaat');
      await expect(page.locator('.module-title')).toHaveText('Jezelf laten zien');
      await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
      if (damage === 'damaged') {
        for (const [width, height] of [
          [360, 640],
          [768, 1024],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: test.info().outputPath(`text-not-loaded-${width}.png`) });
        }
        await expectNoAxeViolations(page, 'a module text that cannot load');
      }

      await page.unroute(TEXT_FILE);
      await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
      await expect(page.locator('.page-nav')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Dit deel is nog niet op dit apparaat');
    });
  }

  test('a direct link to a module page fetches its text at once, without waiting for the screen', async ({ page }) => {
    await useAsOwnDevice(page);
    const started: Record<string, number> = {};
    page.on('request', (request) => {
      if (request.url().endsWith('.json.gz')) started.text ??= Date.now();
    });
    // The module screen's code (the 'module-page' chunk, vite.config.ts) arrives late, as on a slow
    // phone: the text must not wait for it.
    await page.route('**/assets/module-page-*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      started.screenArrives = Date.now();
      await route.continue();
    });
    await page.goto(`/module/${MODULE_ID}/1`);
    await expect(page.locator('.page-nav')).toBeVisible();
    expect(started.text).toBeDefined();
    expect(started.text!).toBeLessThan(started.screenArrives! - 1000);
  });
});
