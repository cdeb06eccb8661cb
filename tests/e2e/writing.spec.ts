// Writing and keeping (issue 12): boxes that grow, answers that lead back to their question,
// and a pick too many that says why nothing happens.
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, navigate, openReflection, useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsOwnDevice(page);
});

async function openExercise(page: Page, moduleId: string, exerciseId: string) {
  for (let n = 1; n <= 20; n++) {
    await navigate(page, `/module/${moduleId}/${n}`);
    await expect(page.locator('#page-of')).toContainText(`Pagina ${n} van`);
    const exercise = page.locator(`[data-exercise="${exerciseId}"]`);
    if (await exercise.count()) return exercise;
  }
  throw new Error(`${exerciseId} not found`);
}

test('an answer box grows with what is written, so the last line is whole', async ({ page }) => {
  const { textarea } = await openReflection(page);
  await textarea.fill(Array.from({ length: 12 }, (_, i) => `Regel ${i + 1} van mijn antwoord.`).join('\n'));
  const box = await textarea.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeLessThanOrEqual(box.client + 2);
});

test('"Mijn antwoorden" leads from each answer to its question', async ({ page }) => {
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Mijn antwoord om terug te vinden');
  await expectSaved(page);
  const question = await textarea.getAttribute('id');
  await navigate(page, '/answers');
  const link = page.locator('.answer dt a').first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${new URL(url).pathname}#q-`));
  await expect(page.locator(`#${question}`)).toHaveValue('Mijn antwoord om terug te vinden');
  await expect(page.locator(`#${question!.replace(/^a-/, 'q-')}`)).toBeFocused();
  await expect(page.locator(`#${question}`)).toBeInViewport();
});

test('a fourth pick in "Kies er 3" says why nothing happens', async ({ page }) => {
  const exercise = await openExercise(page, 'aan-de-slag', 'mijn-doelen');
  const boxes = exercise.getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await expect(exercise.getByText('Gekozen: 3 van 3')).toBeVisible();
  await boxes.nth(3).click();
  await expect(boxes.nth(3)).not.toBeChecked();
  await expect(exercise.getByText(/Je hebt er al 3 gekozen/)).toBeVisible();
  // Taking one away makes room again.
  await boxes.nth(0).uncheck();
  await boxes.nth(3).check();
  await expect(exercise.getByText('Gekozen: 3 van 3')).toBeVisible();
});

test('a glossary explanation opens below its sentence, and the sentence stays whole', async ({ page }) => {
  await navigate(page, '/module/privacy-en-veiligheid/2');
  const term = page.locator('p button.term').first();
  await expect(term).toBeVisible();
  const paragraph = term.locator('xpath=ancestor::p[1]');
  const before = await paragraph.textContent();
  await term.click();
  const panel = page.locator('.term-explained').first();
  await expect(panel).toBeVisible();
  expect(await paragraph.textContent()).toBe(before);
  const [sentence, explanation] = [await paragraph.boundingBox(), await panel.boundingBox()];
  expect(explanation!.y).toBeGreaterThanOrEqual(sentence!.y + sentence!.height - 1);
  await term.click();
  await expect(page.locator('.term-explained')).toHaveCount(0);
});

test('the "Vervang: …" buttons fit their text at every text size (360×640)', async ({ page }) => {
  test.setTimeout(120_000);
  await navigate(page, '/top3');
  const own = page.getByLabel('In je eigen woorden');
  for (const text of [
    'Ik bel mijn zus als ik twijfel over een bericht.',
    'Ervaringsdeskundigenbijeenkomst op donderdag',
    'Eerst ademhalen, dan pas reageren op iets wat me raakt of boos maakt, en daarna pas antwoorden.',
  ]) {
    await own.fill(text);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.locator('.top3-text', { hasText: text })).toBeVisible();
  }
  for (const size of ['Gewoon', 'Groot', 'Groter', 'Heel groot']) {
    await navigate(page, '/settings');
    await page.getByLabel(size, { exact: true }).check();
    await navigate(page, '/top3');
    await page.locator('.suggestion-group summary').first().click();
    await page.getByRole('button', { name: 'Zet in mijn top 3' }).first().click();
    const buttons = page.getByRole('button', { name: /^Vervang: / });
    await expect(buttons).toHaveCount(3);
    const misfits = await buttons.evaluateAll((all) =>
      all.flatMap((button) => {
        const text = document.createRange();
        text.selectNodeContents(button);
        const [inner, outer] = [text.getBoundingClientRect(), button.getBoundingClientRect()];
        const fits =
          button.scrollWidth <= button.clientWidth &&
          button.scrollHeight <= button.clientHeight + 1 &&
          inner.left >= outer.left - 1 &&
          inner.right <= outer.right + 1 &&
          inner.bottom <= outer.bottom + 1 &&
          outer.right <= document.documentElement.clientWidth;
        return fits ? [] : [`${button.textContent}: ${Math.round(outer.width)} px wide, text ${Math.round(inner.width)} px`];
      }),
    );
    expect(misfits, size).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), size).toBeLessThanOrEqual(360);
  }
});

test('"Mijn mensen": what someone is for is a box that grows; name and number stay one line', async ({ page }) => {
  const exercise = await openExercise(page, 'als-het-misgaat', 'wie-kan-ik-bellen');
  await expect(exercise.getByLabel('Naam')).toHaveJSProperty('tagName', 'INPUT');
  await expect(exercise.getByLabel('Telefoonnummer')).toHaveAttribute('type', 'tel');
  const note = exercise.getByLabel('Waarvoor bel ik deze persoon?');
  await expect(note).toHaveJSProperty('tagName', 'TEXTAREA');
  await exercise.getByLabel('Naam').fill('Mijn zus Anna');
  await exercise.getByLabel('Telefoonnummer').fill('06 1234 5678');
  const long = 'Als ik twijfel over een bericht. Ze kent me goed en zegt eerlijk wat ze ervan vindt. Ook als ik slecht slaap.';
  await note.fill(long);
  const box = await note.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeLessThanOrEqual(box.client + 2);
  await expectSaved(page);
  // Stored as before: one row with name, number and note, shown again after a reload.
  await page.reload();
  const again = page.locator('[data-exercise="wie-kan-ik-bellen"]');
  await expect(again.getByLabel('Waarvoor bel ik deze persoon?')).toHaveValue(long);
  await expect(again.getByLabel('Telefoonnummer')).toHaveValue('06 1234 5678');
  await navigate(page, '/answers');
  await expect(page.getByText(`Mijn zus Anna · 06 1234 5678 · ${long}`)).toBeVisible();
});
