// Finishing a module ("Klaar") gives a short closing moment: what you wrote and chose in it, each
// leading back to its question, and the next module of your route (or: the route is done).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { makeProfile, navigate, signIn, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

async function lastPage(page: Page, moduleId: string): Promise<number> {
  await navigate(page, `/module/${moduleId}/1`);
  await expect(page.locator('#page-of')).toContainText('Pagina 1 van');
  return Number((await page.locator('#page-of').textContent())!.match(/van (\d+)/)![1]);
}

async function finish(page: Page, moduleId: string) {
  await navigate(page, `/module/${moduleId}/${await lastPage(page, moduleId)}`);
  await page.getByRole('button', { name: /Klaar/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/** Writes in the first answer box of a module and ticks its first checkbox; returns the box's id. */
async function answerIn(page: Page, moduleId: string, text: string) {
  let box: string | null = null;
  let ticked = false;
  const count = await lastPage(page, moduleId);
  for (let n = 1; n <= count && (!box || !ticked); n++) {
    await navigate(page, `/module/${moduleId}/${n}`);
    await expect(page.locator('#page-of')).toContainText(`Pagina ${n} van`);
    await expect(page.locator('.page-nav')).toBeVisible();
    const area = page.locator('.exercise textarea').first();
    const check = page.locator('.exercise input[type=checkbox]').first();
    const [canWrite, canTick] = [!box && (await area.count()) > 0, !ticked && (await check.count()) > 0];
    if (canWrite) {
      await area.fill(text);
      box = await area.getAttribute('id');
    }
    if (canTick) {
      await check.check();
      ticked = true;
    }
    if (canWrite || canTick) await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible();
  }
  expect(box && ticked).toBeTruthy();
  return box!;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
});

test('after "Klaar": what you wrote and chose, as text, with links back, and the next module', async ({ page }) => {
  await useAsOwnDevice(page);
  const written = 'Ik laat <b>niet</b> alles zien. Alleen wat ik wil.';
  const box = await answerIn(page, 'jezelf-laten-zien', written);
  await finish(page, 'jezelf-laten-zien');

  await expect(page).toHaveURL(/\/klaar\/jezelf-laten-zien$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jezelf laten zien');
  expect(await page.title()).toMatch(/Jezelf laten zien.*Zinvol Online/);
  // Written text is text: the tags show as typed, nothing becomes bold.
  await expect(page.getByText(written)).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.locator('main .answer')).toHaveCount(2);
  // The next module of the route, with one clear button.
  const next = page.getByRole('link', { name: /Verder met: Privacy en veiligheid/ });
  await expect(next).toHaveAttribute('href', '/module/privacy-en-veiligheid');
  await expect(page.locator('main .button.primary')).toHaveCount(1);
  await expectNoAxeViolations(page, 'closing moment');

  // Each answer leads back to its question.
  await page.locator('main .answer dt a').first().click();
  await expect(page.locator(`#${box}`)).toHaveValue(written);
  await expect(page.locator(`#${box}`)).toBeInViewport();

  // Back on the home screen the module counts as done.
  await navigate(page, '/');
  await expect(page.getByRole('article', { name: /Jezelf laten zien/ }).locator('.status.done')).toHaveCount(1);
});

test('when the whole route is done, the closing moment says so kindly', async ({ page }) => {
  test.setTimeout(120_000);
  await useAsOwnDevice(page);
  await expect(page.locator('.module-card').first()).toBeVisible();
  const route = await page.locator('.module-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
  for (const [index, id] of route.entries()) {
    await finish(page, id);
    if (index < route.length - 1) {
      await expect(page.locator('main .button.primary')).toHaveAttribute('href', `/module/${route[index + 1]}`);
      await expect(page.getByText('Je hebt bij dit onderdeel niets opgeschreven of gekozen.')).toBeVisible();
    }
  }
  await expect(page.getByText(/Je hebt alle onderdelen van je route gedaan/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Verder met/ })).toHaveCount(0);
  await expect(page.locator('main .button.primary')).toHaveAttribute('href', '/');
});

test('on a class tablet the closing moment shows only the signed-in person’s answers', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await answerIn(page, 'jezelf-laten-zien', 'Wat Sam schreef');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await makeProfile(page, 'Noor', '2468');
  await answerIn(page, 'jezelf-laten-zien', 'Wat Noor schreef');
  await finish(page, 'jezelf-laten-zien');
  await expect(page.getByText('Wat Noor schreef')).toBeVisible();
  await expect(page.getByText('Wat Sam schreef')).toHaveCount(0);
  // Whoever signs in next starts at home, not on someone's closing moment.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signIn(page, 'Sam', '1357');
  await expect(page.getByRole('heading', { name: 'Zinvol Online', level: 1 })).toBeVisible();
  await expect(page.getByText('Wat Noor schreef')).toHaveCount(0);
});
