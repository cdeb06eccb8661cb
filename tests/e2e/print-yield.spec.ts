// The print view lays the booklet out in slices, so the browser stays free to answer a tap or
// a key while a long booklet is being made. Chromium's long-task timing shows each task over
// 50 ms; the bound here is generous, since the test machine is shared and busy.
import { expect, test } from '@playwright/test';
import { navigate, useAsOwnDevice } from './helpers.ts';

/** No single task while laying out may take longer than this (one blocking task took 0.5–1.1 s). */
const LONGEST_TASK_MS = 200;

interface Watched {
  longTasks: { start: number; duration: number }[];
  statuses: string[];
  times: number[];
  readyAt: number | null;
}

declare global {
  interface Window {
    printWatch: Watched;
  }
}

test('the all-modules booklet is laid out without long tasks, with its progress shown', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const watched: Watched = { longTasks: [], statuses: [], times: [], readyAt: null };
    window.printWatch = watched;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watched.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const status = document.querySelector('.print-status')?.textContent ?? '';
      if (status && watched.statuses.at(-1) !== status) {
        watched.statuses.push(status);
        watched.times.push(performance.now());
      }
      if (watched.readyAt === null && document.querySelector('.print-preview-section[data-ready="true"]'))
        watched.readyAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await useAsOwnDevice(page);
  await page.waitForTimeout(500);
  const started = await page.evaluate(() => performance.now());
  await navigate(page, '/print');
  const preview = page.locator('.print-preview-section');
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(preview).toHaveAttribute('data-overflowing', '0');

  const watched = await page.evaluate(() => window.printWatch);
  const during = watched.longTasks.filter((task) => task.start + task.duration >= started);
  const longest = Math.max(0, ...during.map((task) => task.duration));
  const layoutMs = (watched.readyAt ?? 0) - started;
  test.info().annotations.push({
    type: 'layout',
    description: `${Math.round(layoutMs)} ms in all; longest task ${Math.round(longest)} ms; ${during.length} tasks over 50 ms`,
  });
  console.log(
    `booklet layout: ${Math.round(layoutMs)} ms; longest task ${Math.round(longest)} ms; long tasks`,
    during.map((t) => `${Math.round(t.duration)}@${Math.round(t.start - started)}`),
    watched.statuses.map((s, i) => `${s} @${Math.round(watched.times[i]! - started)}`),
  );
  expect(longest).toBeLessThan(LONGEST_TASK_MS);

  // The progress is shown and told in steps, not at every percent.
  const progress = watched.statuses.filter((status) => /^Boekje maken… \d+ %$/.test(status));
  expect(progress.length).toBeGreaterThan(1);
  expect(progress.length).toBeLessThanOrEqual(11);
  await expect(page.getByRole('status').filter({ hasText: /Het boekje heeft \d+ pagina's/ })).toBeVisible();

  // The glossary is loaded only once it is chosen.
  expect(requests.filter((url) => url.includes('woordenlijst'))).toEqual([]);
  await page.getByLabel('Woordenlijst').check();
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  expect(requests.filter((url) => url.includes('woordenlijst')).length).toBeGreaterThan(0);
  await expect(preview.locator('.pb-chapter-title', { hasText: 'Woordenlijst' })).toBeVisible();
});
