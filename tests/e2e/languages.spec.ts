// Dutch is precached; another language is kept on the device when someone switches to it.
import { expect, test } from '@playwright/test';
import { MODULE_ID, useAsOwnDevice, waitForOffline } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await useAsOwnDevice(page);
  await waitForOffline(page);
});

/** How many files of a language the device keeps for offline use. */
const cachedEnglishFiles = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('zinvol-other-languages');
    return (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/assets/en/')).length;
  });

test('after switching to English online, a cold start offline shows the modules in English', async ({ page, context }) => {
  const listed = await page.evaluate(async () => ((await (await fetch('/languages.json')).json()) as { en: string[] }).en.length);
  await page.goto('/settings');
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect.poll(() => cachedEnglishFiles(page)).toBe(listed);

  await context.setOffline(true);
  await page.close();
  const offline = await context.newPage();
  await offline.goto(`/module/${MODULE_ID}/1`);
  await expect(offline.locator('.module-title')).toHaveText('Showing who you are');
  await expect(offline.getByText('not on this device yet')).toHaveCount(0);
  await offline.goto('/');
  await expect(offline.getByRole('heading', { name: 'Parts' })).toBeVisible();
});

test('switching to English while offline, before English was ever loaded, keeps working in Dutch', async ({ page, context }) => {
  expect(await cachedEnglishFiles(page)).toBe(0);
  await context.setOffline(true);
  await page.goto('/settings');
  await page.getByLabel('English').check();
  // The UI strings cannot load: the screen stays Dutch and nothing breaks.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  await page.goto(`/module/${MODULE_ID}/1`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.module-title')).toHaveText('Jezelf laten zien');
});
