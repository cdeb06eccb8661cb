import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await useAsOwnDevice(page);
});

const SIZES = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } };

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
}

/** Every screen, in the states a client meets: empty, with answers, with feedback open. */
async function screens(page: Page): Promise<string[]> {
  const paths = ['/', '/top3', '/answers', '/settings', '/help', '/trainer', '/module/woordenlijst'];
  await page.goto('/');
  await expect(page.locator('.module-card').first()).toBeVisible();
  const modules = await page.locator('.module-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...paths, ...modules.map((m) => `${m}/1`)];
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`zero axe violations on every screen (${size})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    for (const path of await screens(page)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, path);
    }
    // Every page of one module, with exercises answered and feedback and a glossary word open.
    await page.goto('/module/jezelf-laten-zien/1');
    for (let step = 0; step < 20; step++) {
      const scenario = page.locator('.exercise input[name^=scenario]').first();
      if (await scenario.count()) await scenario.check();
      const term = page.locator('button.term').first();
      if (await term.count()) await term.click();
      // The top bar stays on screen (sticky); axe counts whatever a click scrolled under it as an
      // overlapping target. At rest nothing is under the bar.
      await page.evaluate(() => scrollTo(0, 0));
      await expectNoViolations(page, page.url());
      const next = page.getByRole('button', { name: /Volgende/ });
      if (!(await next.count())) break;
      await next.click();
    }
    await page.goto('/answers');
    await expectNoViolations(page, '/answers with answers');
  });
}

test('text at 200 % fits the phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/settings');
  await page.getByLabel('Heel groot').check();
  for (const path of [
    '/',
    '/module/jezelf-laten-zien/1',
    '/module/jezelf-laten-zien/6',
    '/module/jezelf-laten-zien/7',
    '/top3',
    '/answers',
    '/help',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // 150 % text size on top of a 133 % zoom (emulated with a 270 px wide window) is 200 %.
    await page.setViewportSize({ width: 270, height: 480 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 640 });
  }
});

test('touch targets are at least 44 by 44 pixels', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const path of ['/', '/module/jezelf-laten-zien/6', '/module/jezelf-laten-zien/7', '/top3', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const small = await page.evaluate(() =>
      // Checkboxes and radio buttons count by their label, which is what a finger taps.
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, a, input:not([type=checkbox]):not([type=radio]), textarea, .option label, .scale-step label',
        ),
      ]
        // Links and glossary words inside running text are exempt (WCAG 2.5.8 "inline").
        .filter((el) => !el.closest('p, li, dd, dt') || el.matches('.button, .option label, .scale-step label, .top3-list a'))
        .filter((el) => !el.matches('.term, .skip-link'))
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        ),
    );
    expect(small, path).toEqual([]);
  }
});

test('the workbook can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab to the first module card and open it.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const isCard = await page.evaluate(() => document.activeElement?.closest('.module-card') !== null);
    if (isCard) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.page-nav')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
