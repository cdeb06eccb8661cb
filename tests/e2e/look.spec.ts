// Screenshots to look at (LOOK=1), and the install screenshots of the manifest (LOOK=manifest).
// Skipped in normal runs: it checks nothing, it only draws.
import { test, type Page } from '@playwright/test';
import { makeProfile, navigate, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

const LOOK = process.env.LOOK;
test.skip(!LOOK, 'only with LOOK=1 or LOOK=manifest');

const VIEWS = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } };
const PATHS = ['/', '/module/privacy-en-veiligheid/2', '/top3', '/help', '/settings'];

async function size(page: Page, label: string) {
  await navigate(page, '/settings');
  await page.getByLabel(label, { exact: true }).check();
}

test('look at the changed screens', async ({ page }) => {
  test.skip(LOOK !== '1');
  test.setTimeout(240_000);
  await useAsOwnDevice(page);
  for (const [view, viewport] of Object.entries(VIEWS)) {
    await page.setViewportSize(viewport);
    for (const [label, tag] of [
      ['Gewoon', 'normal'],
      ['Heel groot', 'largest'],
    ] as const) {
      await size(page, label);
      for (const path of PATHS) {
        await navigate(page, path);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `test-results/look/${view}-${tag}${path.replace(/\//g, '_')}.png` });
      }
      await navigate(page, '/module/privacy-en-veiligheid/2');
      if (view === 'phone') {
        await page.getByRole('button', { name: /Menu/ }).click();
        await page.screenshot({ path: `test-results/look/${view}-${tag}-menu-open.png` });
        await page.keyboard.press('Escape');
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/look/${view}-${tag}-dark-scrolled.png` });
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }
});

test('look at the sign-in screen', async ({ page }) => {
  test.skip(LOOK !== '1');
  await page.setViewportSize(VIEWS.phone);
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '2468');
  await page.screenshot({ path: 'test-results/look/phone-class-home.png' });
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Heel grote tekst' }).click();
  await page.screenshot({ path: 'test-results/look/phone-signin-largest.png' });
});

test('install screenshots for the manifest', async ({ browser }) => {
  test.skip(LOOK !== 'manifest');
  for (const [name, viewport, path] of [
    ['home-narrow', VIEWS.phone, '/'],
    ['module-wide', VIEWS.tablet, '/module/privacy-en-veiligheid/2'],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: name === 'home-narrow' ? 2 : 1 });
    const page = await context.newPage();
    await useAsOwnDevice(page);
    await navigate(page, path);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `public/screenshots/${name}.jpg`, type: 'jpeg', quality: 70 });
    await context.close();
  }
});
