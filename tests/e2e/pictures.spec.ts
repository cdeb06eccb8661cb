// Module illustrations and exercise-kind pictograms (issue 12, "Pictures"): each module card and
// each module's first page shows its own picture, decorative and with its size kept; each exercise
// label has a pictogram that screen readers skip. LOOK=pictures also draws screenshots to look at.
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { navigate, useAsOwnDevice, waitForOffline } from './helpers.ts';

const PHONE = { width: 360, height: 640 };
/** The picture each module names in its module.yml. */
const PICTURES: Record<string, string> = {
  'aan-de-slag': 'phone',
  'jezelf-laten-zien': 'portrait',
  'privacy-en-veiligheid': 'lock',
  'ruzie-en-misverstanden': 'bubbles',
  'fomo-en-balans': 'stones',
  'contact-en-verbinding': 'bridge',
  'welk-platform-past-bij-mij': 'signpost',
  'als-het-misgaat': 'umbrella',
  woordenlijst: 'book',
};
/** Pages that together hold every kind of exercise, and the kinds each one has. */
const KIND_PAGES: [string, string[]][] = [
  ['/module/jezelf-laten-zien/5', ['scale', 'reflection']],
  ['/module/jezelf-laten-zien/15', ['scenario']],
  ['/module/jezelf-laten-zien/16', ['tip', 'tip']],
  ['/module/privacy-en-veiligheid/6', ['checklist', 'tip']],
  ['/module/welk-platform-past-bij-mij/11', ['reflection', 'choose']],
  ['/module/als-het-misgaat/20', ['contacts']],
];

/** A loaded, decorative picture of exactly this size, that nothing else can push around. */
async function expectPicture(picture: Locator, name: string, width: number, height: number) {
  await expect(picture).toHaveAttribute('src', `/pictures/${name}.svg`);
  await expect(picture).toHaveAttribute('alt', '');
  await expect(picture).toHaveAttribute('width', String(width));
  await expect(picture).toHaveAttribute('height', String(height));
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The drawing fills its box: no padding or border from other rules shrinks it.
  const drawn = await picture.evaluate((img) => {
    const style = getComputedStyle(img);
    const edge = (side: string) =>
      parseFloat(style.getPropertyValue(`padding-${side}`)) + parseFloat(style.getPropertyValue(`border-${side}-width`));
    const box = img.getBoundingClientRect();
    return [Math.round(box.width - edge('left') - edge('right')), Math.round(box.height - edge('top') - edge('bottom'))];
  });
  expect(drawn).toEqual([width, height]);
}

async function cardsWithPictures(page: Page) {
  const cards = page.locator('.module-card');
  await expect(cards.first()).toBeVisible();
  return cards;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE);
  await useAsOwnDevice(page);
});

test('every module card shows its own picture, decorative and with its size kept', async ({ page }) => {
  const cards = await cardsWithPictures(page);
  const count = await cards.count();
  expect(count).toBe(8);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const id = (await card.locator('h3 a').getAttribute('href'))!.replace('/module/', '');
    await expectPicture(card.locator('img.module-picture'), PICTURES[id]!, 72, 48);
    // Screen readers meet the title, not the picture: the card's name is its title alone.
    await expect(card.getByRole('img')).toHaveCount(0);
  }
  // Side by side with the title at the normal text size.
  const first = cards.first();
  const picture = (await first.locator('img.module-picture').boundingBox())!;
  const title = (await first.locator('h3').boundingBox())!;
  expect(title.x).toBeGreaterThanOrEqual(picture.x + picture.width);
  expect(title.y).toBeLessThan(picture.y + picture.height);
});

test("each module's first page shows its picture, and only the first page", async ({ page }) => {
  for (const [id, name] of Object.entries(PICTURES)) {
    await navigate(page, `/module/${id}/1`);
    // Only a module's first page (never home) has a page-sized picture.
    const picture = page.locator('main img.picture-page');
    await expect(picture).toHaveCount(1);
    await expect(page.locator('main img.module-picture')).toHaveCount(1);
    await expectPicture(picture, name, 180, 120);
    await expect(page.locator('main').getByRole('img')).toHaveCount(0);
  }
  await navigate(page, '/module/privacy-en-veiligheid/2');
  await expect(page.locator('#page-of')).toContainText('Pagina 2 van');
  await expect(page.locator('main img.module-picture')).toHaveCount(0);
});

test('each exercise label has its pictogram beside it, hidden from screen readers', async ({ page }) => {
  const seen = new Set<string>();
  for (const [path, kinds] of KIND_PAGES) {
    await navigate(page, path);
    await expect(page.locator('#page-of')).toContainText(`Pagina ${path.split('/').pop()} van`);
    const labels = page.locator('main .exercise-kind');
    await expect(labels).toHaveCount(kinds.length);
    for (let i = 0; i < kinds.length; i++) {
      const label = labels.nth(i);
      const icon = label.locator('svg.kind-icon');
      await expect(icon).toHaveAttribute('data-kind', kinds[i]!);
      await expect(icon).toHaveAttribute('aria-hidden', 'true');
      // The words stay, and are all a screen reader gets.
      const words = (await label.textContent())!.trim();
      expect(words.length).toBeGreaterThan(3);
      expect(await label.ariaSnapshot()).toBe(`- paragraph: ${words}`);
      // Beside the words: to their left, on the same line, and about as tall as the text.
      const place = await label.evaluate((p) => {
        const svg = p.querySelector('svg')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(p.lastChild!);
        const text = range.getBoundingClientRect();
        return {
          iconRight: svg.right,
          textLeft: text.left,
          iconMiddle: svg.top + svg.height / 2,
          textTop: text.top,
          textBottom: text.bottom,
          size: svg.height,
        };
      });
      expect(place.iconRight).toBeLessThanOrEqual(place.textLeft);
      expect(place.iconMiddle).toBeGreaterThan(place.textTop);
      expect(place.iconMiddle).toBeLessThan(place.textBottom);
      expect(place.size).toBeGreaterThanOrEqual(16);
      seen.add(kinds[i]!);
    }
  }
  expect([...seen].sort()).toEqual(['checklist', 'choose', 'contacts', 'reflection', 'scale', 'scenario', 'tip']);
});

test('axe finds nothing on home, a first page and a page of exercises, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/', '/module/privacy-en-veiligheid/1', '/module/jezelf-laten-zien/13']) {
      await navigate(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
      await expectNoAxeViolations(page, `${scheme} ${path}`);
    }
  }
});

test('the pictures are in the precache: offline, home shows every one', async ({ page, context }) => {
  await waitForOffline(page);
  await context.setOffline(true);
  await page.reload();
  const cards = await cardsWithPictures(page);
  for (let i = 0; i < (await cards.count()); i++) {
    const img = cards.nth(i).locator('img.module-picture');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
});

test("print: a module's first page has its picture, small beside the title, and no other page has one", async ({ page }) => {
  await page.goto('/print');
  await expect(page.getByRole('heading', { level: 1, name: 'Afdrukken' })).toBeVisible();
  await page.getByLabel(/Leeg werkboek/).check();
  await page.getByLabel('Zelf kiezen').check();
  await page.getByLabel('Privacy en veiligheid', { exact: true }).check();
  await page.getByLabel('Als het misgaat', { exact: true }).check();
  const preview = page.locator('.print-preview-section');
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(preview).toHaveAttribute('data-overflowing', '0');
  const pictures = preview.locator('img.pb-picture');
  await expect(pictures).toHaveCount(2);
  await expect(pictures.nth(0)).toHaveAttribute('src', '/pictures/lock.svg');
  await expect(pictures.nth(1)).toHaveAttribute('src', '/pictures/umbrella.svg');
  for (const picture of await pictures.all()) {
    await expect(picture).toHaveAttribute('alt', '');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Inside the chapter's heading, right of the title: 27 × 18 mm on a 210 mm wide page (the preview is scaled).
    const place = await picture.evaluate((img) => {
      const sheet = img.closest('.sheet')!.getBoundingClientRect();
      const box = img.getBoundingClientRect();
      const title = img.parentElement!.querySelector('.pb-chapter-title')!.getBoundingClientRect();
      return {
        width: (box.width / sheet.width) * 210,
        height: (box.height / sheet.width) * 210,
        right: box.left >= title.left + title.width / 3,
      };
    });
    expect(place.width).toBeCloseTo(27, 0);
    expect(place.height).toBeCloseTo(18, 0);
    expect(place.right).toBe(true);
  }
  const file = test.info().outputPath('pictures.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(Number(/^Pages: +(\d+)/m.exec(info)?.[1])).toBe(Number(await preview.getAttribute('data-pages')));
  // To look at: the pages where the two modules start.
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', file, test.info().outputPath('pictures')]);
});

/** Scrolls the module cards to just under the top bar. */
async function showCards(page: Page) {
  const heading = page.getByRole('heading', { name: 'Onderdelen' });
  await expect(page.locator('.module-card img').first()).toBeVisible();
  await heading.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 64));
  await page.waitForTimeout(300);
}

test('look at the pictures (LOOK=pictures)', async ({ page }) => {
  test.skip(process.env.LOOK !== 'pictures', 'only draws screenshots');
  test.setTimeout(240_000);
  const views = { phone: PHONE, tablet: { width: 768, height: 1024 } };
  const paths = {
    home: '/',
    first: '/module/privacy-en-veiligheid/1',
    kinds: '/module/jezelf-laten-zien/13',
    kinds2: '/module/jezelf-laten-zien/4',
  };
  for (const [size, label] of [
    ['normal', 'Gewoon'],
    ['largest', 'Heel groot'],
  ] as const) {
    await navigate(page, '/settings');
    await page.getByLabel(label, { exact: true }).check();
    for (const [view, viewport] of Object.entries(views)) {
      await page.setViewportSize(viewport);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of Object.entries(paths)) {
          await navigate(page, path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await page.waitForTimeout(300);
          await page.screenshot({
            path: `test-results/look-pictures/${view}-${size}-${scheme}-${name}.png`,
            fullPage: name.startsWith('kinds'),
          });
        }
        await navigate(page, '/');
        await showCards(page);
        await page.screenshot({ path: `test-results/look-pictures/${view}-${size}-${scheme}-cards.png` });
      }
    }
  }
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  for (const [name, path] of Object.entries(paths)) {
    await navigate(page, path);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/look-pictures/phone-largest-forced-${name}.png` });
  }
  await navigate(page, '/');
  await showCards(page);
  await page.screenshot({ path: `test-results/look-pictures/phone-largest-forced-cards.png` });
});
