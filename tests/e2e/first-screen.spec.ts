// The home screen paints before its stored data (top 3, "Ga verder", progress) is read, and
// nothing moves when that data arrives.
import { expect, test, type Page } from '@playwright/test';
import { MODULE_ID, navigate, useAsOwnDevice } from './helpers.ts';

test.use({ viewport: { width: 360, height: 640 } });

/** Reloads home and sums every layout shift (CLS without the time windows) until it settles. */
async function shiftOnReload(page: Page): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.locator('.home-stored')).not.toHaveClass(/loading/);
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

test('home with an empty top 3: nothing shifts when the stored data arrives', async ({ page }) => {
  await useAsOwnDevice(page);
  expect(await shiftOnReload(page)).toBe(0);
  await expect(page.getByText('Je hebt nog geen top 3.', { exact: false })).toBeVisible();
});

test('home with a top 3 and a place to go on: nothing shifts either', async ({ page }) => {
  await useAsOwnDevice(page);
  await navigate(page, `/module/${MODULE_ID}/2`);
  await expect(page.locator('#page-of')).toContainText('Pagina 2 van');
  await navigate(page, '/top3');
  await page.locator('#own-top3').fill('Eerst even ademhalen voordat ik iets plaats.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Eerst even ademhalen voordat ik iets plaats.').first()).toBeVisible();
  expect(await shiftOnReload(page)).toBe(0);
  await expect(page.getByRole('link', { name: /Ga verder/ })).toBeVisible();
  await expect(page.locator('.top3-list li')).toHaveCount(1);
});
