// The theme names on the module cards (Verbinding, Hoop, …) are words a reader may not know:
// each one leads to its explanation in the glossary.
import { expect, test } from '@playwright/test';
import { useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsOwnDevice(page);
});

test('a theme on a module card opens its explanation in the glossary', async ({ page }) => {
  const themes = page.locator('.module-card .themes a');
  await expect(themes.first()).toBeVisible();
  // Every theme name shown is a link to a word the glossary explains.
  const names = await page.locator('.module-card .themes .theme').allTextContents();
  expect(await themes.count()).toBe(names.length);

  await page.locator('.module-card .themes a', { hasText: 'Hoop' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Woordenlijst' })).toBeVisible();
  const entry = page.locator('#term-hoop');
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dt')).toHaveText('hoop');

  // Each of the five themes has its word.
  for (const name of new Set(names)) {
    await page.goBack();
    await page.locator('.module-card .themes a', { hasText: name }).first().click();
    await expect(page.locator('.definition:focus dt')).toBeVisible();
  }
});
