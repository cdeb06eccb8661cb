import { expect, test } from '@playwright/test';
import { expectSaved, openReflection, useAsOwnDevice } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await useAsOwnDevice(page);
});

test('an answer typed in a module is still there after a reload', async ({ page }) => {
  const { textarea } = await openReflection(page);
  await textarea.fill('Ik wil laten zien dat ik goed kan tekenen.');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('textarea').first()).toHaveValue('Ik wil laten zien dat ik goed kan tekenen.');
});

test('closing the page right after typing loses nothing', async ({ page, context }) => {
  const { url, textarea } = await openReflection(page);
  await textarea.pressSequentially('Snel getypt en meteen weg', { delay: 5 });
  // No wait for "saved": the tab closes within the debounce time; pagehide must flush.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('textarea').first()).toHaveValue('Snel getypt en meteen weg');
});

test('a client picks up where they left off, and sees the answer on "Mijn antwoorden"', async ({ page }) => {
  const { textarea } = await openReflection(page);
  const pageTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await textarea.fill('<b>vet</b> & <script>alert(1)</script>');
  await expectSaved(page);
  await page.goto('/');
  await page.getByRole('link', { name: /Ga verder: Jezelf laten zien/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitle ?? '');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mijn antwoorden' }).click();
  await expect(page.getByRole('heading', { name: 'Jezelf laten zien' })).toBeVisible();
  // Shown as text, never as markup.
  await expect(page.getByText('<b>vet</b> & <script>alert(1)</script>')).toBeVisible();
  expect(await page.locator('.answers b, .answers script').count()).toBe(0);
});

test('exercises of every kind keep their answer', async ({ page }) => {
  await page.goto('/module/jezelf-laten-zien/1');
  const kinds = { checkbox: false, radio: false, scenario: false };
  for (let pageNumber = 1; pageNumber <= 8; pageNumber++) {
    await page.goto(`/module/jezelf-laten-zien/${pageNumber}`);
    // The page itself, not the module title shown while its text loads.
    await expect(page.locator('main.module')).toBeVisible();
    const checkbox = page.locator('.exercise input[type=checkbox]').first();
    if (!kinds.checkbox && (await checkbox.count())) {
      await checkbox.check();
      kinds.checkbox = true;
    }
    const scaleStep = page.locator('.scale-step label').nth(3);
    if (!kinds.radio && (await scaleStep.count())) {
      await scaleStep.click();
      kinds.radio = true;
    }
    const scenario = page.locator('.exercise input[name^=scenario]').first();
    if (!kinds.scenario && (await scenario.count())) {
      await scenario.check();
      await expect(page.locator('.feedback-title').first()).toBeVisible();
      kinds.scenario = true;
    }
    await page.waitForTimeout(400);
  }
  expect(kinds).toEqual({ checkbox: true, radio: true, scenario: true });
  await page.goto('/answers');
  const group = page.locator('.answer-group').first();
  await expect(group.locator('.answer')).toHaveCount(3);
});

test('a tip goes into the top 3 and shows on the home screen; the top 3 can be reordered', async ({ page }) => {
  await page.goto('/top3');
  await page.getByLabel('In je eigen woorden').fill('Ik bel mijn zus als ik twijfel.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  // Suggestions are folded per module; open the first two.
  await page.locator('.suggestion-group summary').nth(0).click();
  await page.locator('.suggestion-group summary').nth(1).click();
  const addButtons = page.getByRole('button', { name: 'Zet in mijn top 3' });
  await addButtons.first().click();
  await addButtons.first().click();
  await expect(page.locator('.top3-item')).toHaveCount(3);
  // Full: the next tip asks which one to replace.
  await addButtons.first().click();
  await expect(page.getByText('Je top 3 is vol. Wat wil je vervangen?')).toBeVisible();
  await page.getByRole('button', { name: /Vervang: Ik bel mijn zus/ }).click();
  await expect(page.locator('.top3-item').first()).not.toContainText('Ik bel mijn zus');

  const second = await page.locator('.top3-text').nth(1).textContent();
  await page.getByRole('button', { name: `Omhoog: ${second}` }).click();
  await expect(page.locator('.top3-text').first()).toHaveText(second ?? '');

  await page.goto('/');
  await expect(page.locator('.top3-list li')).toHaveCount(3);
  await expect(page.locator('.top3-list li').first()).toHaveText(second ?? '');
});

test('language and text size can be changed and are remembered', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.getByLabel('Very large').check();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Parts' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Privacy and safety|Privacy/ }).first()).toBeVisible();
});

test('a reload right after typing (pull to refresh) loses nothing', async ({ page }) => {
  const { textarea } = await openReflection(page);
  await textarea.pressSequentially('Net getypt', { delay: 5 });
  // Within the 300 ms before the answer is written.
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(page.locator('textarea').first()).toHaveValue('Net getypt');
  await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible();
});

test('the "Verder" shortcut of the installed app opens the page last opened, or home before any', async ({ page }) => {
  await page.goto('/continue');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();

  const { url } = await openReflection(page);
  const pageTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.goto('/continue');
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitle ?? '');
});
