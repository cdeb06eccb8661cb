// The print view lays the booklet out in slices, so the browser stays free to answer a tap or
// a key while a long booklet is being made (issue 13: no task over 50 ms).
//
// What is measured, and why: a Chromium trace of the layout, and for every task on the page's
// main thread its *thread CPU time* (the trace's `tdur`), not its wall-clock duration. On the
// shared 2-core test machine a task of 8 ms can take 100 ms of wall-clock time while other
// processes have the cores (the old PerformanceObserver('longtask') bound had to be 400 ms for
// that reason, too loose to catch much); the CPU time the task itself used does not grow with the
// load, so the bound can be the issue's own 50 ms. It still fails on a regression: laid out in one
// go (no slices), the longest task of the 9-module booklet took 139 ms CPU here; in slices, which
// aim at 8 ms (yield.ts), 24–25 ms with 9 processes waiting for the 2 cores (wall-clock: 300 ms).
// What also does not depend on the load: the progress is shown in steps, and frames are painted
// while the layout goes on.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { useAsOwnDevice } from './helpers.ts';

/** The issue's goal: no task over 50 ms (of CPU time on the page's main thread). */
const LONGEST_TASK_CPU_MS = 50;

interface Watched {
  statuses: string[];
  /** Frames painted so far when each status was seen. */
  frames: number[];
  framesAtReady: number;
  ready: boolean;
}

declare global {
  interface Window {
    printWatch: Watched;
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

/** The tasks of the page's main thread (the renderer thread that did style work) between the two marks. */
function mainThreadTasks(events: TraceEvent[], from: string, to: string): TraceEvent[] {
  const styleWork = new Map<string, number>();
  for (const e of events)
    if (e.name === 'UpdateLayoutTree') styleWork.set(`${e.pid}:${e.tid}`, (styleWork.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (styleWork.get(`${b.pid}:${b.tid}`) ?? 0) - (styleWork.get(`${a.pid}:${a.tid}`) ?? 0))[0]!;
  const mark = (name: string) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))!.ts;
  const [start, end] = [mark(from), mark(to)];
  return events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) >= start && e.ts <= end,
  );
}

/** The largest pieces of work in a task (script, style, layout, garbage collection…), for a failure message. */
function whatTaskDid(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  return events
    .filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts <= end)
    .filter((e) => (e.tdur ?? 0) > 2000)
    .map((e) => `${e.name}${e.args?.data?.url ? ` (${e.args.data.url.split('/').pop()})` : ''} ${((e.tdur ?? 0) / 1000).toFixed(1)} ms`)
    .join(', ');
}

test('the all-modules booklet is laid out without long tasks, with its progress shown', async ({ page, browser }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const watched: Watched = { statuses: [], frames: [], framesAtReady: 0, ready: false };
    window.printWatch = watched;
    let frames = 0;
    const count = () => {
      frames += 1;
      if (!watched.ready) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver(() => {
      const status = document.querySelector('.print-status')?.textContent ?? '';
      if (status && watched.statuses.at(-1) !== status) {
        watched.statuses.push(status);
        watched.frames.push(frames);
      }
      if (!watched.ready && document.querySelector('.print-preview-section[data-ready="true"]')) {
        watched.ready = true;
        watched.framesAtReady = frames;
        performance.mark('print-ready');
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await useAsOwnDevice(page);
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  // Opened and awaited in one call: Playwright's own polling (expect, locators) runs on the
  // page's main thread too, and would show up as tasks of its own during the layout.
  await page.evaluate(async () => {
    performance.mark('print-open');
    history.pushState(null, '', '/print');
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise<void>((resolve, reject) => {
      const wait = setInterval(() => {
        if (!window.printWatch.ready) return;
        clearInterval(wait);
        resolve();
      }, 250);
      setTimeout(() => reject(new Error('the booklet was not laid out within 60 s')), 60_000);
    });
  });
  const preview = page.locator('.print-preview-section');
  await expect(preview).toHaveAttribute('data-ready', 'true');
  await expect(preview).toHaveAttribute('data-overflowing', '0');
  const traceText = (await browser.stopTracing()).toString();
  const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };

  const tasks = mainThreadTasks(trace.traceEvents, 'print-open', 'print-ready');
  expect(tasks.length).toBeGreaterThan(10);
  // Without thread times in the trace the check below would pass on nothing.
  expect(tasks.every((task) => typeof task.tdur === 'number')).toBe(true);
  const cpu = tasks.map((task) => (task.tdur ?? 0) / 1000);
  const wall = tasks.map((task) => (task.dur ?? 0) / 1000);
  const longest = Math.max(...cpu);
  const summary = `${tasks.length} tasks; longest ${longest.toFixed(1)} ms CPU (${Math.max(...wall).toFixed(0)} ms wall-clock); CPU in all ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms`;
  test.info().annotations.push({ type: 'layout', description: summary });
  console.log(`booklet layout: ${summary}`);
  const worst = tasks[cpu.indexOf(longest)]!;
  console.log('longest task:', whatTaskDid(trace.traceEvents, worst));
  // Open in Chromium's DevTools (Performance, "Load profile") to see what the longest task did.
  if (longest >= LONGEST_TASK_CPU_MS) writeFileSync(test.info().outputPath('layout-trace.json'), traceText);
  expect(longest).toBeLessThan(LONGEST_TASK_CPU_MS);

  // The progress is shown and told in steps, not at every percent.
  const watched = await page.evaluate(() => window.printWatch);
  const steps = watched.statuses.flatMap((status, index) => (/^Boekje maken… \d+ %$/.test(status) ? [watched.frames[index]!] : []));
  expect(steps.length).toBeGreaterThan(2);
  expect(steps.length).toBeLessThanOrEqual(6);
  // The layout yields: the browser painted frames while it went on, so the progress was seen.
  expect(watched.framesAtReady - steps[0]!).toBeGreaterThan(1);
  await expect(page.getByRole('status').filter({ hasText: /Het boekje heeft \d+ pagina's/ })).toBeVisible();

  // The glossary is loaded only once it is chosen.
  expect(requests.filter((url) => url.includes('woordenlijst'))).toEqual([]);
  await page.getByLabel('Woordenlijst').check();
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  expect(requests.filter((url) => url.includes('woordenlijst')).length).toBeGreaterThan(0);
  await expect(preview.locator('.pb-chapter-title', { hasText: 'Woordenlijst' })).toBeVisible();
});
