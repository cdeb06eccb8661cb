// "Bel 112 ." and "[uitleg] . Het gaat…": a link or a glossary word must not leave a gap before the
// full stop or comma that follows it, neither a space in the text nor a space drawn by its box.
import { expect, test, type Page } from '@playwright/test';
import { forEachModulePage, moduleLinks, navigate, useAsOwnDevice } from './helpers.ts';

/** Links and glossary words on the screen that are followed by a gap before punctuation. */
function strayGaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main a, main button.term')) {
      const next = el.nextSibling;
      if (!(next instanceof Text)) continue;
      const match = /^(\s*)([.,;:!?)])/.exec(next.data);
      if (!match) continue;
      const where = `"${el.textContent}${next.data.slice(0, 12)}"`;
      if (match[1]) {
        found.push(`${where}: a space in the text`);
        continue;
      }
      // Drawn: from the last letter of the link to the punctuation mark.
      const inner = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let node = inner.nextNode(); node; node = inner.nextNode()) if ((node as Text).data.trim()) last = node as Text;
      if (!last) continue;
      const letter = document.createRange();
      letter.setStart(last, last.data.trimEnd().length - 1);
      letter.setEnd(last, last.data.trimEnd().length);
      const mark = document.createRange();
      mark.setStart(next, 0);
      mark.setEnd(next, 1);
      const gap = mark.getBoundingClientRect().left - letter.getBoundingClientRect().right;
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      // Same line only; a normal letter gap is a pixel or two, a space is about a quarter of the font size.
      const sameLine = Math.abs(mark.getBoundingClientRect().bottom - letter.getBoundingClientRect().bottom) < fontSize / 2;
      if (sameLine && gap > fontSize * 0.2) found.push(`${where}: ${Math.round(gap)} px gap`);
    }
    return found;
  });
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsOwnDevice(page);
});

test('"Bel 112." on the help screen: no gap between the number and the full stop', async ({ page }) => {
  await navigate(page, '/help');
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  expect(await strayGaps(page)).toEqual([]);
});

test('no module page leaves a gap before punctuation after a link or a glossary word', async ({ page }) => {
  test.setTimeout(240_000);
  const links = await moduleLinks(page);
  const found: string[] = [];
  let checked = 0;
  await forEachModulePage(page, links, async (where) => {
    await expect(page.locator('main .page-nav')).toBeVisible();
    // Open every glossary word, so their explanations are checked too.
    for (const term of await page.locator('main p button.term').all()) await term.click();
    found.push(...(await strayGaps(page)).map((gap) => `${where} ${gap}`));
    checked++;
  });
  expect(checked).toBeGreaterThan(100);
  expect(found).toEqual([]);
});
