import { expect, test } from '@playwright/test';
import { expectSaved, openReflection, waitForOffline, useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await useAsOwnDevice(page);
});

test('after the first visit, a cold start offline shows every module and the answers', async ({ page, context }) => {
  await page.goto('/');
  await waitForOffline(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Offline geschreven antwoord');
  await expectSaved(page);

  await context.setOffline(true);
  // A cold start: a fresh page, straight to a deep link.
  await page.close();
  const offline = await context.newPage();
  await offline.goto(url);
  await expect(offline.locator('textarea').first()).toHaveValue('Offline geschreven antwoord');
  expect(await offline.evaluate(() => navigator.onLine)).toBe(false);

  await offline.goto('/');
  await expect(offline.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  const links = offline.locator('.module-card h3 a');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(8);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await offline.goto(href);
    await expect(offline.locator('.page-nav')).toBeVisible();
    await offline.goto(href.replace(/\/\d+$/, '') + '/2');
    await expect(offline.locator('.page-nav')).toBeVisible();
  }
  // Only Dutch is precached; English offline is tested in languages.spec.ts.
  for (const path of ['/answers', '/top3', '/help', '/module/woordenlijst']) {
    await offline.goto(path);
    await expect(offline.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('without the service worker, going offline really cuts the network (control)', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

test('a newer version shows a calm "refresh" message, and refreshing keeps what was typed', async ({ page, request }) => {
  await page.goto('/');
  await waitForOffline(page);
  const { textarea } = await openReflection(page);
  // Publish a "new version": the test server serves a changed service worker from now on.
  const changed = await request.post('/__test__/publish-update');
  expect(changed.ok()).toBe(true);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('Er is een nieuwe versie van het werkboek.')).toBeVisible({ timeout: 15_000 });
  await textarea.fill('Bijna klaar met typen');
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await page.waitForEvent('load');
  await expect(page.locator('textarea').first()).toHaveValue('Bijna klaar met typen');
  await expect(page.getByText('Er is een nieuwe versie van het werkboek.')).toHaveCount(0);
});

test('the workbook can be installed to the home screen', async ({ page, context }) => {
  await page.goto('/');
  await waitForOffline(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors: errors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  const { url } = (await cdp.send('Page.getAppManifest')) as { url: string };
  await cdp.detach();
  // Playwright's contexts are always "incognito"; every other reason would block installing.
  expect(errors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  // Linked by the app after its first paint (src/pwa/manifest.ts), not in the page as served: Chrome
  // fetches a linked manifest and its icon at once, beside the first screen's script and style.
  expect(await (await page.request.get('/')).text()).not.toContain('rel="manifest"');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
});
