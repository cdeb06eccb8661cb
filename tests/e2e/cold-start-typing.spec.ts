// Issue 13: on an own device the opened page's answers are read without waiting for the database
// library (Dexie), so its boxes take typing at once on a cold start. What is typed before the
// library is ready is kept: written once it is, and through a reload before that.
import { expect, test } from './fixtures.ts';
import { expectSaved, openReflection, useAsOwnDevice, waitForOffline } from './helpers.ts';
import { holdLibrary, installStorageHooks } from './storage-hooks.ts';

test('a cold start offline takes typing before the database library is ready, and keeps it through a reload', async ({ page, context }) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  await page.goto('/');
  await waitForOffline(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Mijn eerdere antwoord');
  await expectSaved(page);

  // Offline, a new tab, and the library cannot open the database until we let it.
  await context.setOffline(true);
  await holdLibrary(page, true);
  await page.close();
  const cold = await context.newPage();
  await cold.goto(url);
  const box = cold.locator('textarea').first();
  await expect(box).toBeEnabled();
  await expect(box).toHaveValue('Mijn eerdere antwoord');
  await box.press('End');
  await box.pressSequentially(' en meer');
  await expect(box).toHaveValue('Mijn eerdere antwoord en meer');
  await cold.waitForTimeout(300);
  await expect(cold.getByText('Bewaard op dit apparaat')).toHaveCount(0);

  // Reloaded before anything could be written: the text comes back from the rescue copy.
  await cold.reload();
  await expect(box).toBeEnabled();
  await expect(box).toHaveValue('Mijn eerdere antwoord en meer');
  await box.press('End');
  await box.pressSequentially('!');

  // Once the library is there, it is written.
  await holdLibrary(cold, false);
  await expectSaved(cold);
  await cold.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('textarea').first()).toHaveValue('Mijn eerdere antwoord en meer!');
});

test('a module page opened first shows its answer boxes ready for typing, never waiting first', async ({ page, context }) => {
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Al eerder geschreven');
  await expectSaved(page);
  // Every answer box the page ever shows, as the page builds itself: was one ever disabled?
  await context.addInitScript(() => {
    const seen = ((window as unknown as { boxesSeen: string[] }).boxesSeen = [] as string[]);
    new MutationObserver(() => {
      for (const box of document.querySelectorAll('textarea')) seen.push(box.matches(':disabled') ? 'waiting' : 'ready');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  for (let start = 0; start < 3; start++) {
    const cold = await context.newPage();
    await cold.goto(url);
    await expect(cold.locator('textarea').first()).toHaveValue('Al eerder geschreven');
    const seen = await cold.evaluate(() => (window as unknown as { boxesSeen: string[] }).boxesSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain('waiting');
    await cold.close();
  }
});
