// Issue 13: the print layout and the trainer settings are not precached. They are cached when
// first loaded (Settings fetches print ahead; a class tablet's start screen fetches the trainer
// settings); offline before that, the screen says so calmly instead of staying blank.
import { expect, test } from '@playwright/test';
import { useAsClassTablet, useAsOwnDevice, waitForOffline } from './helpers.ts';

test('offline before its first use, print says it is not on the device yet; after Settings was opened online it works offline', async ({
  page,
  context,
}) => {
  await useAsOwnDevice(page);
  await waitForOffline(page);
  await context.setOffline(true);
  await page.goto('/print');
  await expect(page.getByRole('heading', { name: 'Dit deel is nog niet op dit apparaat' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Probeer opnieuw' })).toBeVisible();

  await context.setOffline(false);
  const printLoaded = page.waitForResponse((response) => /\/assets\/first-use\/PrintScreen-.*\.js$/.test(response.url()));
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await printLoaded;
  await context.setOffline(true);
  await page.goto('/print');
  await expect(page.getByRole('heading', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.locator('.print-preview-section')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
});

test('a class tablet keeps the trainer settings for offline use', async ({ page, context }) => {
  await useAsClassTablet(page);
  await waitForOffline(page);
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await expect(page.getByLabel('Pincode', { exact: true })).toBeVisible();
});
