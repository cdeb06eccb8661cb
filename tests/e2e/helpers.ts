import { expect, type Page } from '@playwright/test';

export const MODULE_ID = 'jezelf-laten-zien';

/** Waits until the service worker controls the page, so the app works offline from here on. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** The first reflection question of a module page. */
export function firstTextarea(page: Page) {
  return page.locator('textarea').first();
}

/** Opens a module page that has a reflection question and returns its textarea. */
export async function openReflection(page: Page) {
  for (let pageNumber = 1; pageNumber <= 8; pageNumber++) {
    await page.goto(`/module/${MODULE_ID}/${pageNumber}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if ((await page.locator('textarea').count()) > 0) return { url: page.url(), textarea: firstTextarea(page) };
  }
  throw new Error(`no reflection question in ${MODULE_ID}`);
}

export async function expectSaved(page: Page) {
  await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible();
}
