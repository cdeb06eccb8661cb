// `npm run bench`: this app side by side with a minimal app on the same stack (bench/minimal/),
// both built and served by scripts/serve.mjs, measured in interleaved rounds. Not a test: times
// vary with the machine; the table's ratios are what to compare.
// Usage: [BENCH_PORT=4301] node scripts/bench.mjs [--rounds=3] [--lighthouse-rounds=2] [--json=bench-results.json]
//   [--app-dir=folder]: build the app from another checkout (e.g. an older version, for before/after).
//   [--only=offlineColdStart,lighthouse-home]: only these parts (default: all; names as in the JSON).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/e2e/find-chromium.mjs';
import { build, gzipSizes, KB, requestedBeforeFirstPaint, serve, sum } from './measure.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROUNDS = Number(option('rounds', 3));
// BENCH_PORT: where the two apps are served (this port and the next), beside other servers.
const PORT = Number(process.env.BENCH_PORT ?? 4301);
const LIGHTHOUSE_ROUNDS = Number(option('lighthouse-rounds', 2));
const ONLY = option('only', '') ? new Set(option('only', '').split(',')) : null;
const wanted = (part) => !ONLY || ONLY.has(part);
const CHROME = findChromium();
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
// A page with a reflection question (a text box).
const MODULE_PAGE = '/module/jezelf-laten-zien/2';
const PIN_SET_BUTTON = 'Pincode instellen';
const PIN_SET_MESSAGE = 'Je pincode is ingesteld.';

/** The two apps: how to reach their first screen, their answer box, and what only the app has. */
const APPS = {
  app: {
    label: 'this app',
    async prepare(page) {
      await page.goto('/');
      await page.getByRole('button', { name: /Dit is mijn eigen telefoon of tablet/ }).click();
      await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    },
    firstScreen: (page) => page.getByRole('heading', { name: 'Onderdelen' }).waitFor(),
    modulePage: MODULE_PAGE,
  },
  minimal: {
    label: 'minimal app',
    async prepare(page) {
      await page.goto('/');
      await page.locator('textarea').waitFor();
    },
    firstScreen: (page) => page.locator('textarea').waitFor(),
    modulePage: '/',
  },
};

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

/** A measurement that hangs must not hold up the rest: it counts as failed after that long. */
const withinMinutes = (minutes, promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('took too long')), minutes * 60_000).unref())]);

async function withPage(browser, url, options, run) {
  const context = await browser.newContext({ baseURL: url, locale: 'nl-NL', viewport: { width: 412, height: 823 }, ...options });
  context.setDefaultTimeout(60_000);
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Gzip bytes of the JS requested before the first paint, for a returning visitor (no service worker). */
const firstScreenBytes = (browser, server, app, outDir) =>
  withPage(browser, server.url, { serviceWorkers: 'block' }, async (page) => {
    await app.prepare(page);
    await page.reload();
    await app.firstScreen(page);
    return sum(gzipSizes(outDir, await page.evaluate(requestedBeforeFirstPaint)), '.js');
  });

/**
 * Runs in the page from its start (an init script): when a text box that takes typing is first
 * on screen (the frame after it appeared or was enabled), in ms from the navigation's start.
 */
function markAnswerable() {
  const seen = () => {
    if (window.benchAnswerableAt !== undefined || !document.querySelector('textarea:enabled')) return;
    window.benchAnswerableAt = null;
    requestAnimationFrame(() => (window.benchAnswerableAt = performance.now()));
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Cold starts per round: one start varies by half its time on a busy machine; their median much less. */
const COLD_STARTS_PER_ROUND = 5;

/**
 * Service worker installed, then offline: ms from navigation to a text box that takes typing, the
 * median of a few starts, each in a new page. `inPage` is timed by the page itself; `wall` by
 * Playwright, whose waiting checks the page at growing intervals (20, 50, 100, 100, then 500 ms),
 * so it can be late by up to half a second.
 */
const offlineColdStart = (browser, server, app) =>
  withPage(browser, server.url, {}, async (page, context) => {
    await context.addInitScript(markAnswerable);
    await app.prepare(page);
    await page.goto(app.modulePage);
    await page.locator('textarea').first().waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // Waits for control, checking again now and then (a 'controllerchange' may come before the listener).
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await context.setOffline(true);
    await page.close();
    const starts = [];
    for (let i = 0; i < COLD_STARTS_PER_ROUND; i++) {
      const cold = await context.newPage();
      const started = Date.now();
      await cold.goto(app.modulePage, { waitUntil: 'commit' });
      // :enabled, not [disabled]: a box also waits inside a disabled fieldset until its answer is read.
      await cold.locator('textarea:enabled').first().waitFor();
      const wall = Date.now() - started;
      await cold.waitForFunction(() => typeof window.benchAnswerableAt === 'number');
      starts.push({ inPage: await cold.evaluate(() => window.benchAnswerableAt), wall });
      await cold.close();
    }
    return { inPage: median(starts.map((s) => s.inPage)), wall: median(starts.map((s) => s.wall)), starts };
  });

/** Main-thread time (top-level tasks) between one keystroke and the next, typing 500 characters. */
const typing = (browser, server, app) =>
  withPage(browser, server.url, { serviceWorkers: 'block' }, async (page) => {
    await app.prepare(page);
    await page.goto(app.modulePage);
    const box = page.locator('textarea').first();
    await box.click();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await box.pressSequentially('Dit is een zin om te typen. '.repeat(18).slice(0, 500), { delay: 10 });
    await page.waitForTimeout(500);
    const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const renderer = trace.find(
      (e) =>
        e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && trace.some((k) => k.pid === e.pid && k.name === 'EventDispatch'),
    );
    const onMain = trace.filter((e) => e.pid === renderer.pid && e.tid === renderer.tid);
    const keys = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts);
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X');
    const perKey = keys.map((start, i) => {
      const end = keys[i + 1] ?? start + 1e6;
      return tasks.filter((t) => t.ts >= start - 1000 && t.ts < end - 1000).reduce((total, t) => total + t.dur, 0) / 1000;
    });
    return { median: median(perKey), p95: p95(perKey), keys: keys.length };
  });

/** The print view with every module: ms until the booklet is laid out (app only). */
const booklet = (browser, server, app) =>
  withPage(browser, server.url, { serviceWorkers: 'block' }, async (page) => {
    await app.prepare(page);
    const started = Date.now();
    await page.goto('/print');
    await page.locator('.print-preview-section[data-ready="true"]').waitFor({ timeout: 120_000 });
    return Date.now() - started;
  });

/** Own device with a PIN, 4× slower CPU: ms from "Openen" to the home screen (app only). */
const pinUnlock = (browser, server, app) =>
  withPage(browser, server.url, { serviceWorkers: 'block' }, async (page) => {
    await app.prepare(page);
    await page.goto('/my-data');
    await page.getByLabel('Kies een pincode').fill('2468');
    await page.getByLabel('Typ de pincode nog een keer').fill('2468');
    await page.getByRole('button', { name: PIN_SET_BUTTON }).click();
    await page.getByText(PIN_SET_MESSAGE).waitFor();
    await page.goto('/');
    await page.getByLabel('Pincode', { exact: true }).fill('2468');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Onderdelen' }).waitFor();
    const ms = Date.now() - started;
    await cdp.detach();
    return ms;
  });

// Dutch, as in the other parts (Playwright's locale) and as the minimal app always is. With an
// English browser the app first loads its English strings: one request step more before the first paint.
const LIGHTHOUSE_LANGUAGE = ['--lang=nl-NL', '--accept-lang=nl-NL'];

/** Lighthouse mobile defaults (simulated slow 4G, 4× CPU) on a profile that has chosen "own device". */
async function lighthouseRun(url, app, profileDir) {
  const prepared = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME,
    args: FLAGS,
    serviceWorkers: 'block',
    locale: 'nl-NL',
    baseURL: new URL(url).origin,
  });
  await app.prepare(prepared.pages()[0] ?? (await prepared.newPage()));
  await prepared.close();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    userDataDir: profileDir,
    chromeFlags: ['--headless=new', ...FLAGS, ...LIGHTHOUSE_LANGUAGE],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: true,
    });
    const audits = result.lhr.audits;
    return {
      performance: Math.round(result.lhr.categories.performance.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      // Longest task as Lighthouse counts it for TBT (4× CPU, simulated; 0 when none over 50 ms),
      // and as it was measured in the unthrottled run.
      longestTask: Math.max(0, ...(audits['long-tasks']?.details?.items ?? []).map((task) => task.duration)),
      longestTaskMeasured: Math.max(0, ...(audits['main-thread-tasks']?.details?.items ?? []).map((task) => task.duration)),
      lcpElement: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'zinvol-bench-'));
  const dirs = { app: join(root, 'app'), minimal: join(root, 'minimal') };
  await build(dirs.app, { root: option('app-dir', '.') });
  await build(dirs.minimal, { config: 'bench/minimal/vite.config.ts' });
  const servers = { app: await serve(dirs.app, PORT), minimal: await serve(dirs.minimal, PORT + 1) };
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const results = { app: {}, minimal: {} };
  const add = (name, key, value) => (results[name][key] ??= []).push(value);
  const each = async (what, measure, names = ['app', 'minimal']) => {
    if (!wanted(what)) return;
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? names.toReversed() : names) {
        try {
          add(name, what, await withinMinutes(2, measure(browser, servers[name], APPS[name], dirs[name])));
        } catch (error) {
          console.warn(`${what} (${name}) failed: ${error.message.split('\n')[0]}`);
        }
      }
    }
    console.log(`done: ${what}`);
  };
  try {
    await each('firstScreenBytes', firstScreenBytes);
    await each('offlineColdStart', offlineColdStart);
    await each('typing', typing);
    await each('booklet', booklet, ['app']);
    await each('pinUnlock', pinUnlock, ['app']);
    for (let round = 0; round < LIGHTHOUSE_ROUNDS; round++) {
      for (const name of round % 2 ? ['minimal', 'app'] : ['app', 'minimal']) {
        // The print view (app only) lays out the booklet of every module after it loads.
        const pages = [['home', '/'], ['module', APPS[name].modulePage], ...(name === 'app' ? [['print', '/print']] : [])];
        for (const [page, path] of pages.filter(([which]) => wanted(`lighthouse-${which}`))) {
          const profile = join(root, `profile-${name}-${page}-${round}`);
          mkdirSync(profile);
          try {
            add(name, `lighthouse-${page}`, await withinMinutes(2, lighthouseRun(servers[name].url + path, APPS[name], profile)));
          } catch (error) {
            console.warn(`lighthouse ${page} (${name}) failed: ${error.message.split('\n')[0]}`);
          }
        }
      }
    }
    console.log('done: lighthouse');
  } finally {
    await browser.close();
    servers.app.stop();
    servers.minimal.stop();
  }
  report(results);
}

function report(results) {
  const rows = [];
  const row = (figure, pick, unit, digits = 0) => {
    const value = (name) => median((results[name][pick.key] ?? []).map(pick.get ?? ((v) => v)));
    const a = value('app');
    const m = value('minimal');
    rows.push({ figure, unit, app: a, minimal: m, ratio: Number.isFinite(a) && Number.isFinite(m) && m ? a / m : null, digits });
  };
  row('first-screen JS (gzip)', { key: 'firstScreenBytes', get: (v) => v / KB }, 'KB', 1);
  row('offline cold start to a text box', { key: 'offlineColdStart', get: (v) => v.inPage }, 'ms');
  row('  the same, seen by Playwright (wall)', { key: 'offlineColdStart', get: (v) => v.wall }, 'ms');
  row('main thread per keystroke, median', { key: 'typing', get: (v) => v.median }, 'ms', 2);
  row('main thread per keystroke, p95', { key: 'typing', get: (v) => v.p95 }, 'ms', 2);
  row('booklet of all modules laid out', { key: 'booklet' }, 'ms');
  row('PIN unlock, 4× CPU', { key: 'pinUnlock' }, 'ms');
  for (const page of ['home', 'module']) {
    const key = `lighthouse-${page}`;
    row(`Lighthouse ${page}: performance`, { key, get: (v) => v.performance }, '');
    row(`Lighthouse ${page}: LCP`, { key, get: (v) => v.lcp }, 'ms');
    row(`Lighthouse ${page}: TBT`, { key, get: (v) => v.tbt }, 'ms');
    row(`Lighthouse ${page}: CLS`, { key, get: (v) => v.cls }, '', 3);
  }
  row('Lighthouse print: performance', { key: 'lighthouse-print', get: (v) => v.performance }, '');
  row('Lighthouse print: TBT', { key: 'lighthouse-print', get: (v) => v.tbt }, 'ms');
  row('Lighthouse print: longest task, 4× CPU', { key: 'lighthouse-print', get: (v) => v.longestTask }, 'ms');
  row('Lighthouse print: longest task, measured', { key: 'lighthouse-print', get: (v) => v.longestTaskMeasured }, 'ms');
  const show = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
  console.log(`\n${'figure (median)'.padEnd(40)} ${'this app'.padStart(10)} ${'minimal'.padStart(10)} ${'ratio'.padStart(7)}`);
  for (const r of rows) {
    const ratio = r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`;
    console.log(
      `${`${r.figure}${r.unit ? ` (${r.unit})` : ''}`.padEnd(40)} ${show(r.app, r.digits).padStart(10)} ${show(r.minimal, r.digits).padStart(10)} ${ratio.padStart(7)}`,
    );
  }
  const out = option('json', 'bench-results.json');
  writeFileSync(out, JSON.stringify({ rounds: ROUNDS, lighthouseRounds: LIGHTHOUSE_ROUNDS, rows, raw: results }, null, 2));
  console.log(`\nwritten: ${out}`);
}

await main();
