// A trainer prepares one class tablet for her course, saves it as a course package, and the
// next tablets are ready by opening that file (or scanning its QR code). Taps are counted.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';

const TRAINER_PIN = '2468';

/** Counts what a trainer does with her finger: each tap on a button, field or file chooser. */
class Taps {
  count = 0;
  async tap(target: Locator) {
    this.count++;
    await target.click();
  }
  /** Tapping into a field and typing (the keyboard's own keys are not counted). */
  async type(target: Locator, text: string) {
    this.count++;
    await target.fill(text);
    await target.blur();
  }
  async select(target: Locator, value: string) {
    this.count++;
    await target.selectOption(value);
  }
  /** Tapping the file field, then the file in the chooser. */
  async file(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
    this.count += 2;
    await target.setInputFiles(file);
  }
}

/** A fresh class tablet, up to the open trainer settings: the trainer PIN is chosen once. */
async function openTrainerSettingsOnNewTablet(page: Page, taps: Taps): Promise<void> {
  await page.goto('/');
  await taps.tap(page.getByRole('button', { name: /Dit is een tablet van de les/ }));
  await taps.tap(page.getByRole('button', { name: 'Voor de trainer' }));
  await taps.type(page.getByLabel('Kies een pincode'), TRAINER_PIN);
  await taps.type(page.getByLabel('Typ de pincode nog een keer'), TRAINER_PIN);
  await taps.tap(page.getByRole('button', { name: 'Pincode bewaren' }));
  await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
}

async function prepareFirstTablet(page: Page, taps: Taps): Promise<string> {
  await openTrainerSettingsOnNewTablet(page, taps);
  await taps.type(page.getByLabel('Naam van de cursus'), 'Zinvol online in De Brug');
  await taps.type(page.getByLabel('Organisatie'), 'Herstelacademie De Brug');
  await taps.type(page.getByLabel('Voornaam van de trainer'), 'Marieke');
  await taps.type(page.getByLabel('Zo bereik je de trainer (telefoon of e-mail)'), '06-12345678');
  await taps.type(page.getByLabel('Voornaam van de ervaringsdeskundige'), 'Joost');
  await taps.type(page.getByLabel('Zo bereik je de ervaringsdeskundige (telefoon of e-mail)'), 'joost@debrug.example');
  await taps.select(page.getByLabel('Aantal bijeenkomsten'), '2');
  await taps.type(page.getByLabel('Datum van bijeenkomst 1'), '2027-02-01');
  await taps.type(page.getByLabel('Datum van bijeenkomst 2'), '2027-02-08');
  await taps.tap(page.getByRole('button', { name: 'Nummer toevoegen' }));
  await taps.type(page.getByLabel('Naam', { exact: true }), 'Crisisdienst De Brug');
  await taps.type(page.getByLabel('Telefoonnummer'), '0900-1234567');
  await taps.file(page.getByLabel('Logo (PNG of JPEG)'), {
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: readFileSync('public/icon-192.png'),
  });
  await expect(page.getByRole('img', { name: 'Logo van de organisatie' })).toBeVisible();
  // The course plan: module 1 in session 1, module 3 before module 2 in session 2.
  await taps.select(page.getByLabel('Bijeenkomst voor Aan de slag'), '0');
  await taps.tap(page.getByRole('button', { name: /Omlaag: Jezelf laten zien/ }));
  await taps.select(page.getByLabel(/Bijeenkomst voor Privacy/), '1');
  await taps.select(page.getByLabel('Bijeenkomst voor Jezelf laten zien'), '1');
  const download = page.waitForEvent('download');
  await taps.tap(page.getByRole('button', { name: 'Lespakket bewaren' }));
  return readFileSync((await (await download).path())!, 'utf8');
}

async function freshTablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  return context.newPage();
}

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
