// Issue 13 (known risks): the home screen never stays blank because a stored read failed.
import { expect, test } from '@playwright/test';
import { useAsOwnDevice } from './helpers.ts';
import { failReads, installStorageHooks } from './storage-hooks.ts';

test('a stored read that fails shows the home screen with a calm note, never a blank', async ({ page, context }) => {
  await installStorageHooks(context);
  await useAsOwnDevice(page);
  await failReads(page, true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await expect(page.locator('.module-card').first()).toBeVisible();
  await expect(page.getByText('Een deel van wat je bewaard hebt, kon nu niet gelezen worden.')).toBeVisible();
  await failReads(page, false);
});
