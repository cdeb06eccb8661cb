// A trainer prepares one class tablet for her course, saves it as a course package, and the
// next tablets are ready by opening that file (or scanning its QR code). Taps are counted.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import { freshTablet, openTrainerSettingsOnNewTablet, prepareFirstTablet, Taps, TRAINER_PIN } from './course-helpers.ts';
import { findChromium } from './find-chromium.mjs';
import { MODULE_ID, expectSaved, makeProfile, navigate, waitForOffline } from './helpers.ts';

/** A module a trainer wrote, and a local helpline she adds to a built-in module. */
const ONLINE_DATEN = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');
const HELPLINE = 'Wil je erover praten? Bel de [Steunlijn Utrecht](tel:0301234567).';

test('a course package made on tablet one sets up tablet two by file, in under 10 taps and one PIN', async ({ page, browser }) => {
  const first = new Taps();
  const text = await prepareFirstTablet(page, first);
  const pack = JSON.parse(text);
  expect(pack).toMatchObject({
    format: 'zinvol-lespakket',
    version: 1,
    course: { name: 'Zinvol online in De Brug', organisation: 'Herstelacademie De Brug', trainer: { name: 'Marieke' } },
    modules: [],
  });
  expect(pack.course.sessions.map((s: { modules: string[] }) => s.modules)).toEqual([
    ['aan-de-slag'],
    ['privacy-en-veiligheid', 'jezelf-laten-zien'],
  ]);
  expect(pack.course.logo).toMatch(/^data:image\/png;base64,/);
  console.log(`taps on tablet one: ${first.count}`);

  const tablet = await freshTablet(browser);
  const second = new Taps();
  await openTrainerSettingsOnNewTablet(tablet, second);
  await second.file(tablet.getByLabel('Kies een lespakket-bestand'), {
    name: 'lespakket.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await second.tap(tablet.getByRole('button', { name: 'Ja, gebruik dit lespakket' }));
  await expect(tablet.getByText('Klaar: deze tablet is ingesteld voor "Zinvol online in De Brug".')).toBeVisible();
  await second.tap(tablet.getByRole('button', { name: 'Sluiten' }));
  console.log(`taps on tablet two: ${second.count}`);
  expect(second.count).toBeLessThan(10);

  // The settings, helplines and logo are there on tablet two.
  await tablet.getByRole('button', { name: 'Voor de trainer' }).click();
  await tablet.getByLabel('Pincode', { exact: true }).fill(TRAINER_PIN);
  await tablet.getByRole('button', { name: 'Openen' }).click();
  await expect(tablet.getByLabel('Naam van de cursus')).toHaveValue('Zinvol online in De Brug');
  await expect(tablet.getByLabel('Voornaam van de ervaringsdeskundige')).toHaveValue('Joost');
  await expect(tablet.getByLabel('Datum van bijeenkomst 2')).toHaveValue('2027-02-08');
  await expect(tablet.getByRole('img', { name: 'Logo van de organisatie' })).toBeVisible();
  await expect(tablet.locator('.plan-row label').nth(1)).toHaveText('Privacy en veiligheid');
  await tablet.getByRole('button', { name: 'Sluiten' }).click();
  await tablet.goto('/help');
  await expect(tablet.getByRole('heading', { name: 'Hulp in de buurt' })).toBeVisible();
  await expect(tablet.getByRole('link', { name: '0900-1234567' })).toHaveAttribute('href', 'tel:09001234567');
  await tablet.context().close();
});

/** The QR code on screen as a one-frame Y4M video (grey, 4:2:0), the camera of the next tablet. */
function qrVideo(dark: boolean[][], file: string): void {
  const width = 640;
  const height = 480;
  const scale = Math.floor(440 / dark.length);
  const left = Math.floor((width - dark.length * scale) / 2);
  const top = Math.floor((height - dark.length * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  dark.forEach((row, y) =>
    row.forEach((on, x) => {
      if (!on) return;
      for (let dy = 0; dy < scale; dy++)
        luma.fill(16, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]));
}

/** Reads the modules of the QR code from its SVG path ("M{x} {y}h1v1h-1z" per dark module). */
async function qrOnScreen(page: Page): Promise<boolean[][]> {
  const code = page.getByRole('img', { name: 'QR-code met de instellingen van de cursus' });
  const [viewBox, path] = await Promise.all([code.getAttribute('viewBox'), code.locator('path').getAttribute('d')]);
  const size = Number(viewBox!.split(' ')[2]);
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y] of path!.matchAll(/M(\d+) (\d+)/g)) dark[Number(y)]![Number(x)] = true;
  return dark;
}

test('tablet two scans the QR code of tablet one with its camera', async ({ page, baseURL }, testInfo) => {
  await openTrainerSettingsOnNewTablet(page, new Taps());
  await page.getByLabel('Naam van de cursus').fill('Zinvol online in De Brug');
  await page.getByLabel('Organisatie').fill('Herstelacademie De Brug');
  await page.getByLabel('Organisatie').blur();
  await page.getByRole('button', { name: 'Nummer toevoegen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Steunpunt Zuid');
  await page.getByLabel('Telefoonnummer').fill('010-7654321');
  await page.getByLabel('Telefoonnummer').blur();
  await page.getByLabel('Vergrendelen na').selectOption('10');
  await page.getByRole('button', { name: 'Toon als QR-code' }).click();
  const video = testInfo.outputPath('qr.y4m');
  qrVideo(await qrOnScreen(page), video);

  // A camera needs launch flags, so tablet two is a browser of its own (playwright.config.ts stays as it is).
  const camera = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await camera.newContext({ baseURL, locale: 'nl-NL', permissions: ['camera'] });
  const tablet = await context.newPage();
  const taps = new Taps();
  await openTrainerSettingsOnNewTablet(tablet, taps);
  await taps.tap(tablet.getByRole('button', { name: 'Scan een QR-code' }));
  await expect(tablet.getByText('Lespakket "Zinvol online in De Brug" gebruiken?')).toBeVisible({ timeout: 15_000 });
  await taps.tap(tablet.getByRole('button', { name: 'Ja, gebruik dit lespakket' }));
  await expect(tablet.getByText('Klaar: deze tablet is ingesteld voor "Zinvol online in De Brug".')).toBeVisible();
  await expect(tablet.getByLabel('Organisatie')).toHaveValue('Herstelacademie De Brug');
  await expect(tablet.getByLabel('Vergrendelen na')).toHaveValue('10');
  await taps.tap(tablet.getByRole('button', { name: 'Sluiten' }));
  console.log(`taps on tablet two (QR): ${taps.count}`);
  expect(taps.count).toBeLessThan(10);
  await tablet.goto('/help');
  await expect(tablet.getByRole('link', { name: '010-7654321' })).toBeVisible();
  await camera.close();
});

test('a damaged, newer or oversized package gets one clear message and changes nothing', async ({ page }) => {
  await openTrainerSettingsOnNewTablet(page, new Taps());
  await page.getByLabel('Naam van de cursus').fill('Mijn cursus');
  await page.getByLabel('Naam van de cursus').blur();
  const field = page.getByLabel('Kies een lespakket-bestand');
  const good = JSON.parse(await savedPackage(page));
  const cases: [string, string][] = [
    ['{"format":"zinvol-lespakket","version":1,"course":', 'Dit is geen lespakket, of het bestand is beschadigd. Er is niets veranderd.'],
    [
      JSON.stringify({ ...good, course: { ...good.course, name: 42 } }),
      'Dit is geen lespakket, of het bestand is beschadigd. Er is niets veranderd.',
    ],
    [
      JSON.stringify({ ...good, course: { ...good.course, logo: 'data:image/svg+xml;base64,PHN2Zz4=' } }),
      'Dit is geen lespakket, of het bestand is beschadigd. Er is niets veranderd.',
    ],
    [
      JSON.stringify({ ...good, version: 2 }),
      'Dit lespakket is gemaakt met een nieuwere versie van Zinvol Online. Werk de app eerst bij. Er is niets veranderd.',
    ],
    [JSON.stringify({ ...good, padding: 'x'.repeat(1_100_000) }), 'Dit bestand is te groot voor een lespakket. Er is niets veranderd.'],
    [
      JSON.stringify({ ...good, modules: ['---\nid: eigen\n---\n# Eigen'] }),
      'In dit lespakket zit een eigen onderdeel met een fout. Maak het pakket opnieuw op de eerste tablet. Er is niets veranderd.',
    ],
    [
      // A sound module beside a broken one: neither is added.
      JSON.stringify({
        ...good,
        modules: [ONLINE_DATEN, ONLINE_DATEN.replace(':::scenario', ':::senario').replace('id: online-daten', 'id: daten')],
      }),
      'In dit lespakket zit een eigen onderdeel met een fout. Maak het pakket opnieuw op de eerste tablet. Er is niets veranderd.',
    ],
  ];
  for (const [text, message] of cases) {
    await field.setInputFiles({ name: 'lespakket.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const use = page.getByRole('button', { name: 'Ja, gebruik dit lespakket' });
    if (await use.isVisible()) await use.click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByLabel('Naam van de cursus')).toHaveValue('Mijn cursus');
  }
  await expect(page.getByLabel('Vergrendelen na')).toHaveValue('5');
  await expect(page.getByRole('checkbox', { name: 'Online daten' })).toHaveCount(0);
});

async function savedPackage(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lespakket bewaren' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

test('after an app update, a new module is offered to the trainer once, never added or hidden silently', async ({ page }) => {
  await openTrainerSettingsOnNewTablet(page, new Taps());
  // The plan without module 8; this tablet "knew" every module but module 8 (as before an update).
  await page.getByLabel('Als het misgaat', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('zinvol-online');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('device', 'readwrite');
          const store = tx.objectStore('device');
          const read = store.get('knownModules');
          read.onsuccess = () => {
            store.put({ key: 'knownModules', value: (read.result.value as string[]).filter((id) => id !== 'als-het-misgaat') });
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.addEventListener('error', () => reject(tx.error));
        };
      }),
  );
  await page.reload();
  const openSettings = async () => {
    await page.getByRole('button', { name: 'Voor de trainer' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill(TRAINER_PIN);
    await page.getByRole('button', { name: 'Openen' }).click();
  };
  await openSettings();
  const prompt = page.getByRole('region', { name: 'Nieuw in deze versie' });
  await expect(prompt).toContainText('Deze onderdelen zijn nieuw: Als het misgaat. Toevoegen aan je lesplan?');
  await expect(page.getByLabel('Als het misgaat', { exact: true })).not.toBeChecked();
  await prompt.getByRole('button', { name: 'Ja, toevoegen' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByLabel('Als het misgaat', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.reload();
  await openSettings();
  await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nieuw in deze versie' })).toHaveCount(0);
});

test('in class mode a participant cannot open the trainer notes; the trainer sees them in course order with their CHIME themes', async ({
  page,
}) => {
  await openTrainerSettingsOnNewTablet(page, new Taps());
  await page.getByRole('button', { name: /Omhoog: Als het misgaat/ }).click();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Nieuw profiel' }).click();
  await page.getByLabel('Je voornaam of bijnaam').fill('Sam');
  await page.getByRole('radio', { name: 'Groen', exact: true }).check();
  await page.getByLabel('Kies een pincode').fill('1357');
  await page.getByLabel('Typ de pincode nog een keer').fill('1357');
  await page.getByRole('button', { name: 'Profiel maken' }).click();
  await expect(page.getByText('Je werkt als Sam')).toBeVisible();
  await page.evaluate(() => {
    history.pushState(null, '', '/trainer');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByLabel('Pincode', { exact: true })).toBeVisible();
  await expect(page.getByText('Deelnemers krijgen zicht')).toHaveCount(0);
  await page.getByLabel('Pincode', { exact: true }).fill(TRAINER_PIN);
  await page.getByRole('button', { name: 'Openen' }).click();
  const headings = page.locator('main h2');
  await expect(headings.first()).toHaveText('De cursus, stap voor stap');
  await expect(headings.nth(1)).toHaveText('Aan de slag');
  // Moved up one place in the course plan: before "Welk platform past bij mij?".
  await expect(headings.nth(7)).toHaveText('Als het misgaat');
  await expect(headings.nth(8)).toHaveText('Welk platform past bij mij?');
  await expect(
    page
      .getByText("Herstelthema's (CHIME): Zingeving")
      .or(page.getByText(/Herstelthema's \(CHIME\): .*Zingeving/))
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Bij direct gevaar: bel 112.')).toBeVisible();
  // The course notes are not a module a participant can open.
  await page.evaluate(() => {
    history.pushState(null, '', '/module/cursus-voor-trainers');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByText('Zes keer samen')).toHaveCount(0);
});

test('screenshots of the course settings and package, at 360x640 and 768x1024, with zero axe violations', async ({ page }) => {
  await prepareFirstTablet(page, new Taps());
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Toon als QR-code' }).click();
  await expect(page.getByRole('img', { name: 'QR-code met de instellingen van de cursus' })).toBeVisible();
  for (const [width, height] of [
    [360, 640],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page
      .getByRole('heading', { name: 'Je cursus' })
      .or(page.getByText('Je cursus', { exact: true }))
      .first()
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`course-form-${width}.png`) });
    await page.getByRole('heading', { name: 'Lespakket voor de andere tablets' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`course-package-${width}.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.goto('/help');
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByRole('heading', { name: 'Hulp in de buurt' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('help-360.png') });
});

test('a package carries a module the trainer opened and one she adapted; tablet two uses both offline', async ({ page, browser }) => {
  // Tablet one: the trainer opens a module file and adapts a built-in module with a local helpline.
  await openTrainerSettingsOnNewTablet(page, new Taps());
  await page.getByLabel('Naam van de cursus').fill('Zinvol online in De Brug');
  await page.getByLabel('Naam van de cursus').blur();
  await page.getByLabel('Als het misgaat', { exact: true }).uncheck();
  await page.getByRole('link', { name: 'Modules maken en aanpassen' }).click();
  await page
    .getByLabel('Kies een modulebestand')
    .setInputFiles({ name: 'online-daten.zinvol.txt', mimeType: 'text/plain', buffer: Buffer.from(ONLINE_DATEN) });
  await expect(page.getByText('Online daten staat nu in het werkboek.')).toBeVisible();
  await page.getByRole('button', { name: 'Aanpassen Jezelf laten zien' }).click();
  const editor = page.getByLabel('Tekst van de module');
  await expect(editor).toHaveValue(/id: jezelf-laten-zien/);
  const original = await editor.inputValue();
  await editor.fill(original.replace('\n## Waarom jezelf laten zien?', `\n${HELPLINE}\n\n## Waarom jezelf laten zien?`));
  await expect(page.getByText('Geen problemen gevonden. Je kunt de module toevoegen.')).toBeVisible();
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(page.getByText('De wijzigingen in Jezelf laten zien zijn bewaard. Deelnemers zien ze meteen.')).toBeVisible();

  // Back in the trainer settings: the new module is in the course plan; the package carries both files.
  await page.goto('/');
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill(TRAINER_PIN);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('checkbox', { name: 'Online daten' })).toBeChecked();
  await expect(page.getByLabel('Als het misgaat', { exact: true })).not.toBeChecked();
  const text = await savedPackage(page);
  const pack = JSON.parse(text);
  expect(pack.coursePlan).toContain('online-daten');
  expect(pack.coursePlan).not.toContain('als-het-misgaat');
  expect(pack.modules).toHaveLength(2);
  expect(pack.modules).toContain(ONLINE_DATEN);
  expect(pack.modules.find((m: string) => m.includes('id: jezelf-laten-zien'))).toContain(HELPLINE);

  // Tablet two: a fresh browser profile, ready for offline use, opens the package file.
  const tablet = await freshTablet(browser);
  await tablet.goto('/');
  await waitForOffline(tablet);
  await openTrainerSettingsOnNewTablet(tablet, new Taps());
  const started = Date.now();
  await tablet.getByLabel('Kies een lespakket-bestand').setInputFiles({
    name: 'lespakket.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await tablet.getByRole('button', { name: 'Ja, gebruik dit lespakket' }).click();
  await expect(tablet.getByText('Klaar: deze tablet is ingesteld voor "Zinvol online in De Brug".')).toBeVisible();
  console.log(`applying a package with two module files: ${Date.now() - started} ms`);
  await expect(tablet.getByRole('checkbox', { name: 'Online daten' })).toBeChecked();
  await expect(tablet.getByLabel('Als het misgaat', { exact: true })).not.toBeChecked();
  await tablet.getByRole('button', { name: 'Sluiten' }).click();

  // Offline, after a reload: a participant answers the new module and reads the local helpline.
  await tablet.context().setOffline(true);
  await tablet.reload();
  await makeProfile(tablet, 'Noor', '1357');
  await expect(tablet.getByRole('link', { name: /Als het misgaat/ })).toHaveCount(0);
  await tablet.setViewportSize({ width: 768, height: 1024 });
  await tablet.screenshot({ path: test.info().outputPath('tablet-two-offline-768.png'), fullPage: true });
  await tablet.getByRole('link', { name: /Online daten/ }).click();
  await tablet.getByRole('button', { name: /Volgende/ }).click();
  await tablet.getByRole('textbox', { name: 'Wat hoop je te vinden als je online datet?' }).fill('Iemand om mee te wandelen.');
  await expectSaved(tablet);
  await tablet.getByRole('radio', { name: /Ik stel een café voor/ }).check();
  await expect(tablet.getByText('Goed plan. Zo houd je zelf de regie.')).toBeVisible();
  await navigate(tablet, `/module/${MODULE_ID}/1`);
  await expect(tablet.getByRole('link', { name: 'Steunlijn Utrecht' })).toHaveAttribute('href', 'tel:0301234567');
  expect(await tablet.evaluate(() => navigator.onLine)).toBe(false);
  await tablet.context().close();
});
