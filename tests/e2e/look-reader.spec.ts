// Screenshots of the screens changed for issue 12's smaller items (LOOK=reader): the class-tablet
// bar, "Mijn mensen", the closing moment, theme links, help numbers, "Vervang: …". Checks nothing.
import { test, type Page } from '@playwright/test';
import { makeProfile, navigate, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

test.skip(process.env.LOOK !== 'reader', 'only with LOOK=reader');

const VIEWS = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } };
const SIZES = [
  ['Gewoon', 'normal'],
  ['Heel groot', 'largest'],
] as const;

async function size(page: Page, label: string) {
  await navigate(page, '/settings');
  await page.getByLabel(label, { exact: true }).check();
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/look-reader/${name}.png` });
}

test('class tablet: the bar with who is signed in', async ({ page }) => {
  test.setTimeout(120_000);
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '2468');
  for (const [view, viewport] of Object.entries(VIEWS)) {
    await page.setViewportSize(viewport);
    for (const [label, tag] of SIZES) {
      await size(page, label);
      await navigate(page, '/');
      await shoot(page, `${view}-${tag}-class-home`);
      await navigate(page, '/module/privacy-en-veiligheid/6');
      await page.locator('.page-nav').waitFor();
      await page.mouse.move(100, 300);
      await page.mouse.wheel(0, 900);
      await shoot(page, `${view}-${tag}-class-module-scrolled`);
    }
  }
});

test('own device: changed screens', async ({ page }) => {
  test.setTimeout(180_000);
  await useAsOwnDevice(page);
  for (const [view, viewport] of Object.entries(VIEWS)) {
    await page.setViewportSize(viewport);
    for (const [label, tag] of SIZES) {
      await size(page, label);
      await navigate(page, '/');
      await page.locator('.module-card').first().scrollIntoViewIfNeeded();
      await shoot(page, `${view}-${tag}-home-cards`);
      await page.locator('.module-card .themes a').first().click();
      await shoot(page, `${view}-${tag}-glossary-theme`);
      await navigate(page, '/help');
      await shoot(page, `${view}-${tag}-help`);
      for (let n = 1; n <= 20; n++) {
        await navigate(page, `/module/als-het-misgaat/${n}`);
        await page.locator('#page-of').waitFor();
        if (await page.locator('.contact-row').count()) break;
      }
      await page.locator('.contact-row').first().scrollIntoViewIfNeeded();
      await shoot(page, `${view}-${tag}-contacts`);
      // A page split for length: "Jouw beurt" after a story.
      await navigate(page, '/module/welk-platform-past-bij-mij/7');
      await page.locator('.page-nav').waitFor();
      await shoot(page, `${view}-${tag}-split-page`);
      // "Vervang: …" with a full top 3.
      await navigate(page, '/top3');
      const own = page.getByLabel('In je eigen woorden');
      for (const text of [
        'Ik bel mijn zus als ik twijfel over een bericht.',
        'Ervaringsdeskundigenbijeenkomst op donderdag',
        'Eerst ademhalen.',
      ]) {
        if ((await page.locator('.top3-item').count()) >= 3) break;
        await own.fill(text);
        await page.getByRole('button', { name: 'Toevoegen' }).click();
      }
      await page.locator('.suggestion-group summary').first().click();
      await page.getByRole('button', { name: 'Zet in mijn top 3' }).first().click();
      await page.locator('.replace-choice').scrollIntoViewIfNeeded();
      await shoot(page, `${view}-${tag}-replace`);
    }
  }
});

test('the closing moment after "Klaar"', async ({ page }) => {
  test.setTimeout(120_000);
  await useAsOwnDevice(page);
  await navigate(page, '/module/jezelf-laten-zien/1');
  for (let n = 1; n <= 30; n++) {
    await navigate(page, `/module/jezelf-laten-zien/${n}`);
    await page.locator('.page-nav').waitFor();
    const area = page.locator('.exercise textarea').first();
    if (await area.count()) await area.fill('Ik laat alleen zien wat ik zelf wil. Mijn familie mag meer zien dan anderen.');
    const check = page.locator('.exercise input[type=checkbox]').first();
    if (await check.count()) await check.check();
    if (!(await page.getByRole('button', { name: /Volgende/ }).count())) break;
  }
  await page.getByRole('button', { name: /Klaar/ }).click();
  await page.locator('.closing-next').waitFor();
  for (const [view, viewport] of Object.entries(VIEWS)) {
    await page.setViewportSize(viewport);
    for (const [label, tag] of SIZES) {
      await size(page, label);
      await navigate(page, '/klaar/jezelf-laten-zien');
      await page.locator('.closing-next').waitFor();
      await shoot(page, `${view}-${tag}-closing`);
      await page.locator('.closing-next').scrollIntoViewIfNeeded();
      await shoot(page, `${view}-${tag}-closing-next`);
    }
  }
});
