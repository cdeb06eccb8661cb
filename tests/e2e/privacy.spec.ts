import { expect, test } from '@playwright/test';
import { openReflection, waitForOffline, useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await useAsOwnDevice(page);
});

test('a whole walk through a module makes no request to any other origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  await page.goto('/');
  await waitForOffline(page);
  await page.locator('.module-card h3 a').nth(1).click();
  for (let step = 0; step < 20; step++) {
    await expect(page.locator('#page-of')).toContainText(`Pagina ${step + 1} van`);
    const textareas = page.locator('textarea');
    for (let i = 0; i < (await textareas.count()); i++) await textareas.nth(i).fill(`Antwoord ${step}.${i}`);
    const terms = page.locator('button.term');
    if (await terms.count()) await terms.first().click();
    const next = page.getByRole('button', { name: /Volgende/ });
    if (!(await next.count())) break;
    await next.click();
  }
  await page.getByRole('button', { name: /Klaar/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Klaar met/ })).toBeVisible();
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page.locator('.status.done')).toHaveCount(1);
  for (const path of ['/answers', '/top3', '/settings', '/help', '/trainer', '/module/woordenlijst']) await page.goto(path);

  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  expect(requests.length).toBeGreaterThan(10);
  expect(foreign).toEqual([]);
});

test('the Content-Security-Policy allows only our own origin', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("connect-src 'self'");
  expect(header).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  // A request to another origin is refused by the browser itself.
  const blocked = await page.evaluate(() =>
    fetch('https://example.org/').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(blocked).toBe('blocked');
});

test('when IndexedDB cannot be opened, the app works and says answers are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto('/');
  await expect(page.getByText(/deze browser bewaart niets op dit apparaat/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await page.locator('.module-card h3 a').first().click();
  await expect(page.locator('.page-nav')).toBeVisible();
});

test('a save that fails is shown and retried, and the text stays where it is', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { failWrites: boolean };
    w.failWrites = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.failWrites && this.name === 'entries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await page.reload();
  const { textarea } = await openReflection(page);
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = true));
  await textarea.fill('Dit mag niet verloren gaan');
  // The injected failure is the browser's quota error: the client is told the phone is full.
  await expect(page.getByText(/Je telefoon is vol/).first()).toBeVisible({ timeout: 10_000 });
  await expect(textarea).toHaveValue('Dit mag niet verloren gaan');
  await page.evaluate(() => ((window as unknown as { failWrites: boolean }).failWrites = false));
  await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue('Dit mag niet verloren gaan');
});
