import { expect, type Page } from '@playwright/test';

export const MODULE_ID = 'jezelf-laten-zien';

/** Answers the first-run question as a client on their own phone would. */
export async function useAsOwnDevice(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Dit is mijn eigen telefoon of tablet/ }).click();
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
}

/** Sets up a class tablet with a trainer PIN, as a trainer would before the first class. */
export async function useAsClassTablet(page: Page, trainerPin = '9999'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Dit is een tablet van de les/ }).click();
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Kies een pincode').fill(trainerPin);
  await page.getByLabel('Typ de pincode nog een keer').fill(trainerPin);
  // The PIN just chosen opens the settings; it is not asked again.
  await page.getByRole('button', { name: 'Pincode bewaren' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
  await expect(page.getByLabel('Pincode', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sluiten' }).click();
}

export async function makeProfile(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Nieuw profiel' }).click();
  await page.getByLabel('Je voornaam of bijnaam').fill(name);
  await page.getByRole('radio', { name: 'Groen', exact: true }).check();
  await page.getByLabel('Kies een pincode').fill(pin);
  await page.getByLabel('Typ de pincode nog een keer').fill(pin);
  await page.getByRole('button', { name: 'Profiel maken' }).click();
  await expect(page.getByText(`Je werkt als ${name}`)).toBeVisible();
}

export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByLabel('Pincode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText(`Je werkt als ${name}`)).toBeVisible();
}

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

/**
 * Goes to a path inside the app without reloading, as a tap on a link does. (A reload locks a
 * class tablet: the key of a profile lives only in memory.)
 */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The address of every module on the home screen, in its order. */
export async function moduleLinks(page: Page): Promise<string[]> {
  await navigate(page, '/');
  await expect(page.locator('.module-card').first()).toBeVisible();
  return page.locator('.module-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** Opens every page of each module in turn, as "Volgende" would, and calls visit on each ('/module/<id>/<n>'). */
export async function forEachModulePage(page: Page, links: readonly string[], visit: (where: string) => Promise<void>): Promise<void> {
  for (const link of links) {
    await navigate(page, `${link}/1`);
    await expect(page.locator('#page-of')).toContainText('Pagina 1 van');
    const count = Number((await page.locator('#page-of').textContent())!.match(/van (\d+)/)![1]);
    for (let n = 1; n <= count; n++) {
      await navigate(page, `${link}/${n}`);
      await expect(page.locator('#page-of')).toContainText(`Pagina ${n} van`);
      await visit(`${link}/${n}`);
    }
  }
}

/** Opens a module page that has a reflection question and returns its textarea. */
export async function openReflection(page: Page) {
  for (let pageNumber = 1; pageNumber <= 8; pageNumber++) {
    await navigate(page, `/module/${MODULE_ID}/${pageNumber}`);
    await expect(page.locator('#page-of')).toContainText(`Pagina ${pageNumber} van`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if ((await page.locator('textarea').count()) > 0) return { url: page.url(), textarea: firstTextarea(page) };
  }
  throw new Error(`no reflection question in ${MODULE_ID}`);
}

export async function expectSaved(page: Page) {
  await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible();
}
