// Helpers for the course tests: a trainer's taps, counted, and her first tablet set up.
import { readFileSync } from 'node:fs';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

export const TRAINER_PIN = '2468';

/** Counts what a trainer does with her finger: each tap on a button, field or file chooser. */
export class Taps {
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
export async function openTrainerSettingsOnNewTablet(page: Page, taps: Taps): Promise<void> {
  await page.goto('/');
  await taps.tap(page.getByRole('button', { name: /Dit is een tablet van de les/ }));
  await taps.tap(page.getByRole('button', { name: 'Voor de trainer' }));
  await taps.type(page.getByLabel('Kies een pincode'), TRAINER_PIN);
  await taps.type(page.getByLabel('Typ de pincode nog een keer'), TRAINER_PIN);
  await taps.tap(page.getByRole('button', { name: 'Pincode bewaren' }));
  await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
}

export async function prepareFirstTablet(page: Page, taps: Taps): Promise<string> {
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

export async function freshTablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  return context.newPage();
}
