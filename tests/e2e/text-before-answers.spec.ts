// Issue 13: a module page shows its text while its answers are still being read; the answer
// boxes wait (disabled, in their place) until the stored answer is there, so nothing typed can
// overwrite an answer not yet read.
import { expect, test } from './fixtures.ts';
import { expectSaved, openReflection, useAsOwnDevice } from './helpers.ts';
import { holdReads, installStorageHooks } from './storage-hooks.ts';

test('the page text shows before the answers are read, and the boxes take no typing until then', async ({ page, context }) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Mijn eerdere antwoord');
  await expectSaved(page);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const paragraph = (await page.locator('main.module p').nth(1).textContent())!;

  await holdReads(page, true);
  await page.goto(url);
  // The read is held: the heading and the text are there, the box is in its place and disabled.
  await expect(page.getByRole('heading', { level: 1, name: heading! })).toBeVisible();
  await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
  const box = page.locator('textarea').first();
  await expect(box).toBeVisible();
  await expect(box).toBeDisabled();
  const before = await box.boundingBox();
  // Typing now reaches nothing.
  await box.click({ force: true });
  await page.keyboard.type('weg ermee');
  await page.waitForTimeout(300);
  await expect(box).toHaveValue('');

  await holdReads(page, false);
  await expect(box).toBeEnabled();
  await expect(box).toHaveValue('Mijn eerdere antwoord');
  // The box stayed where it was (its one line of answer fits its reserved lines).
  expect((await box.boundingBox())!.y).toBe(before!.y);
  await box.press('End');
  await box.pressSequentially(' en meer');
  await expect(box).toHaveValue('Mijn eerdere antwoord en meer');
});
