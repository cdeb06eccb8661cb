// Issue 8, cases 3–9: no answer is lost to a save under way, a close or reload, a full phone,
// a lost database, a backup, an update in another tab, or storage that keeps nothing.
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectSaved, makeProfile, navigate, openReflection, signIn, useAsClassTablet, useAsOwnDevice, waitForOffline } from './helpers.ts';
import { expectNoAxeViolations } from './axe.ts';
import { holdWrites, installStorageHooks, setDiskFull } from './storage-hooks.ts';

async function fileOf(download: Promise<Download>): Promise<string> {
  return readFileSync((await (await download).path())!, 'utf8');
}

/** Every kind of text a client might paste, 100,000 UTF-16 code units long, no emoji cut in half. */
function longText(length = 100_000): string {
  const piece = 'Ik schrijf verder. 😀👍🏽 שלום مرحبا e\u0301 n\u0303 \u0007\u001b\t\n'.repeat(2000);
  let text = '';
  while (text.length < length) text += piece;
  text = text.slice(0, length);
  return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) + '.' : text;
}

/** Saves the open profile's answers as a file on "Mijn gegevens", with or without a password. */
async function exportFile(page: Page, password: string | null): Promise<string> {
  await navigate(page, '/my-data');
  if (password) {
    await page.getByLabel('Beveilig het bestand met een wachtwoord').check();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  return fileOf(download);
}

/** Opens a saved file on "Mijn gegevens" and merges it. */
async function importFile(page: Page, file: string, password: string | null): Promise<void> {
  await page.getByLabel('Kies een bestand').setInputFiles({ name: 'zinvol.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  if (password) {
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Bestand openen' }).click();
  }
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByText(/Klaar\./)).toBeVisible();
}

async function freshDevice(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await useAsOwnDevice(page);
  return page;
}

for (const password of [null, 'zomer2026']) {
  test(`case 3: a 100,000-character answer goes into a file and comes back ${password ? 'with' : 'without'} a password`, async ({
    page,
    browser,
  }) => {
    await useAsOwnDevice(page);
    const { url, textarea } = await openReflection(page);
    const text = longText();
    expect(await textarea.getAttribute('maxlength')).toBe(String(text.length));
    await textarea.fill(text);
    await expectSaved(page);
    const file = await exportFile(page, password);

    const other = await freshDevice(browser);
    await other.goto('/my-data');
    await importFile(other, file, password);
    await other.goto(url);
    // The box takes input (and shows its answer) once the stored answers are read.
    await expect(other.locator('textarea').first()).toBeEnabled();
    expect(await other.locator('textarea').first().inputValue()).toBe(text);
    await other.context().close();
  });
}

test('case 7: a reload while a save is under way ("Bezig met bewaren…") loses nothing', async ({ page, context }) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await holdWrites(page);
  await textarea.fill('Geschreven terwijl het bewaren liep');
  await expect(page.getByText('Bezig met bewaren…')).toBeVisible();
  // The write has started (300 ms after typing) and will not finish before the page ends.
  await page.waitForTimeout(800);
  await expect(page.getByText('Bezig met bewaren…')).toBeVisible();
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue('Geschreven terwijl het bewaren liep');
  await expectSaved(page);
  // And it is stored, not only shown: a tab opened later has it too.
  const later = await context.newPage();
  await later.goto(url);
  await expect(later.locator('textarea').first()).toHaveValue('Geschreven terwijl het bewaren liep');
});

test('case 7: closing the tab while a save is under way loses nothing', async ({ page, context }) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await holdWrites(page);
  await textarea.fill('Weg terwijl het bewaren liep');
  await page.waitForTimeout(800);
  await expect(page.getByText('Bezig met bewaren…')).toBeVisible();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('textarea').first()).toHaveValue('Weg terwijl het bewaren liep');
});

test('case 5: on a class tablet a reload and a close right after typing keep the text, and no plaintext is stored', async ({
  page,
  context,
}) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const { url, textarea } = await openReflection(page);
  await textarea.pressSequentially('Laatste woorden voor de reload', { delay: 5 });
  await page.reload();
  await signIn(page, 'Sam', '1357');
  await navigate(page, new URL(url).pathname);
  await expect(page.locator('textarea').first()).toHaveValue('Laatste woorden voor de reload');

  await page.locator('textarea').first().fill('');
  await page.locator('textarea').first().pressSequentially('Laatste woorden voor het sluiten', { delay: 5 });
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Laatste woorden');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  expect(await again.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Laatste woorden');
  await signIn(again, 'Sam', '1357');
  await navigate(again, new URL(url).pathname);
  await expect(again.locator('textarea').first()).toHaveValue('Laatste woorden voor het sluiten');
});

test('case 8: where the browser keeps nothing, no exercise says "Bewaard op dit apparaat"', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto('/');
  const { textarea } = await openReflection(page);
  await textarea.fill('Alleen voor nu');
  await expect(page.getByText('Alleen zolang dit venster open is')).toBeVisible();
  await expect(page.getByText('Bewaard op dit apparaat')).toHaveCount(0);
});

test('case 6: a full phone says so, keeps what is on screen, offers a file; after a reload and an empty restart the backup brings everything back', async ({
  page,
  context,
}) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Voor de telefoon vol was');
  await expectSaved(page);

  await setDiskFull(page, true);
  await textarea.fill('Toen de telefoon vol was');
  await expect(page.getByText(/Je telefoon is vol/).first()).toBeVisible({ timeout: 10_000 });
  await expect(textarea).toHaveValue('Toen de telefoon vol was');
  await expect(page.getByText('Bewaard op dit apparaat')).toHaveCount(0);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: test.info().outputPath('telefoon-vol-360.png') });
  await expectNoAxeViolations(page, 'full phone, exercise');

  // The top 3 and progress fail quietly no more: the item stays on screen and the message shows.
  await navigate(page, '/top3');
  await page.getByLabel('In je eigen woorden').fill('Ik bel mijn zus.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('.top3-text')).toHaveText(['Ik bel mijn zus.']);
  await expect(page.getByText(/Je telefoon is vol/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'full phone, top 3');

  // "Bewaar als bestand", right by the message.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).first().click();
  const file = await fileOf(download);
  expect(file).toContain('Toen de telefoon vol was');
  expect(file).toContain('Ik bel mijn zus.');

  // A reload while the phone is still full: the text is still there, and the message too.
  await page.goto(url);
  await expect(page.locator('textarea').first()).toHaveValue('Toen de telefoon vol was');
  await expect(page.getByText(/Je telefoon is vol/).first()).toBeVisible({ timeout: 10_000 });

  // A restart where the browser gave back an empty database (and some room).
  await page.close();
  const restart = await context.newPage();
  await restart.goto('/robots.txt');
  await setDiskFull(restart, false);
  await restart.evaluate(
    () =>
      new Promise((done, fail) => {
        const request = indexedDB.deleteDatabase('zinvol-online');
        request.addEventListener('success', done);
        request.addEventListener('error', fail);
      }),
  );
  await restart.goto('/');
  await expect(restart.getByRole('heading', { name: 'Je antwoorden zijn niet meer op dit apparaat' })).toBeVisible();
  await restart.setViewportSize({ width: 360, height: 640 });
  await restart.screenshot({ path: test.info().outputPath('database-kwijt-360.png'), fullPage: true });
  await expectNoAxeViolations(restart, 'lost database');
  await restart.getByRole('button', { name: 'Open mijn bewaarde bestand' }).click();
  await expect(restart.getByRole('heading', { name: 'Open een bewaard bestand' })).toBeVisible();
  await importFile(restart, file, null);
  await restart.goto(url);
  await expect(restart.locator('textarea').first()).toHaveValue('Toen de telefoon vol was');
  await restart.goto('/');
  await expect(restart.locator('.top3-list li')).toHaveText(['Ik bel mijn zus.']);
});

test('case 4: an old tab during a schema upgrade says so, keeps the text and hands it to the new version', async ({ page, context }) => {
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Voor de update');
  await expectSaved(page);

  // A newer version opens the database with a higher schema version in another tab.
  const newer = await context.newPage();
  await newer.goto('/robots.txt');
  await newer.evaluate(async () => {
    const current = (await indexedDB.databases()).find((db) => db.name === 'zinvol-online')!.version!;
    await new Promise((done, fail) => {
      const request = indexedDB.open('zinvol-online', current + 1);
      request.addEventListener('success', () => done(request.result.close()));
      request.addEventListener('error', fail);
    });
  });
  await expect(page.getByText(/Het werkboek is in een ander venster vernieuwd/)).toBeVisible();
  await textarea.fill('Na de update getypt');
  await expect(page.getByText(/Tik bovenaan op Vernieuwen/)).toBeVisible({ timeout: 10_000 });
  await expect(textarea).toHaveValue('Na de update getypt');
  await page.close();

  const next = await context.newPage();
  await next.goto(url);
  await expect(next.locator('textarea').first()).toHaveValue('Na de update getypt');
  await expectSaved(next);
  await next.reload();
  await expect(next.locator('textarea').first()).toHaveValue('Na de update getypt');
});

test('case 9: an old tab after another tab updated refreshes at once, and a screen it never loaded opens', async ({
  page,
  context,
  request,
}) => {
  await useAsOwnDevice(page);
  await waitForOffline(page);
  const { url } = await openReflection(page);
  const old = await context.newPage();
  await old.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await waitForOffline(other);

  expect((await request.post('/__test__/publish-update')).ok()).toBe(true);
  await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(other.getByText('Er is een nieuwe versie van het werkboek.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Er is een nieuwe versie van het werkboek.')).toBeVisible({ timeout: 15_000 });
  const otherReloaded = other.waitForEvent('load');
  await other.getByRole('button', { name: 'Vernieuwen' }).click();
  await otherReloaded;

  // "Vernieuwen" in the old tab reloads at once, and what was typed there comes along.
  await page.locator('textarea').first().fill('In het oude venster getypt');
  const reloaded = page.waitForEvent('load', { timeout: 3000 });
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await reloaded;
  await page.goto(url);
  await expect(page.locator('textarea').first()).toHaveValue('In het oude venster getypt');
  await expect(page.getByText('Er is een nieuwe versie van het werkboek.')).toHaveCount(0);

  // The settings screen of the old version is gone: not in the cache, not on the server.
  await old.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) if (/SettingsScreen/.test(key.url)) await cache.delete(key);
    }
  });
  let refused = 0;
  await context.route(/\/assets\/SettingsScreen-[^/]*\.js$/, (route) =>
    refused++ === 0 ? route.fulfill({ status: 404 }) : route.fallback(),
  );
  await navigate(old, '/settings');
  await expect(old.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible({ timeout: 10_000 });
  expect(refused).toBeGreaterThan(0);
});

test('case 6: Settings tells whether the browser keeps the answers, and a week of new answers asks for a file', async ({ page }) => {
  await useAsOwnDevice(page);
  const { textarea } = await openReflection(page);
  await textarea.fill('Iets om te bewaren');
  await expectSaved(page);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await navigate(page, '/settings');
  await expect(page.getByRole('heading', { name: 'Bewaren op dit apparaat' })).toBeVisible();
  await expect(page.getByText(persisted ? /Je browser houdt je antwoorden vast/ : /Je browser mag je antwoorden wissen/)).toBeVisible();
  await expect(page.getByText('Je hebt je antwoorden nog niet als bestand bewaard.')).toBeVisible();
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    await page.getByRole('heading', { name: 'Bewaren op dit apparaat' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`instellingen-bewaren-${viewport.width}.png`) });
  }
  await expectNoAxeViolations(page, 'settings');

  // Eight days of answers in no file, in a browser that may clear them: the home screen reminds.
  await page.evaluate(() => {
    const note = JSON.parse(localStorage.getItem('zinvol:device-note')!);
    localStorage.setItem('zinvol:device-note', JSON.stringify({ ...note, newSince: Date.now() - 8 * 24 * 3600 * 1000 }));
  });
  await page.goto('/');
  const reminder = page.getByText('Je hebt al een week nieuwe antwoorden.', { exact: false });
  if (persisted) return expect(reminder).toHaveCount(0);
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  expect(await fileOf(download)).toContain('Iets om te bewaren');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await navigate(page, '/settings');
  await expect(page.getByText(/Laatst als bestand bewaard:/)).toBeVisible();
});
