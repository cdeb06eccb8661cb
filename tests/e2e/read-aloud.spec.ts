// "Lees voor" (issue 12): reading a page aloud, sentence by sentence, with the sentence highlighted.
// With a device voice (a stand-in for speechSynthesis that records what it is given) and without
// one (the real Chromium here has no voices: the offline engine shipped with the app speaks).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { MODULE_ID, navigate, useAsOwnDevice, waitForOffline } from './helpers.ts';

declare global {
  interface Window {
    spokenTexts: { text: string; lang: string; rate: number }[];
    fakeSpeech: { paused: boolean; cancelled: number; finish: () => void };
    playedSounds: { rms: number; seconds: number; at: number }[];
    clickedAt: number;
  }
}

/** A device with one Dutch voice of its own. Each sentence "ends" when the test calls fakeSpeech.finish(). */
function fakeSystemVoice() {
  const voice = { name: 'Test NL', lang: 'nl-NL', localService: true, default: true, voiceURI: 'test-nl' };
  window.spokenTexts = [];
  let current: { ended: () => void } | null = null;
  window.fakeSpeech = {
    paused: false,
    cancelled: 0,
    finish: () => {
      const done = current;
      current = null;
      done?.ended();
    },
  };
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    voice: unknown = null;
    private readonly onEnd: (() => void)[] = [];
    constructor(text: string) {
      this.text = text;
    }
    addEventListener(type: string, listener: () => void) {
      if (type === 'end') this.onEnd.push(listener);
    }
    ended() {
      for (const listener of this.onEnd) listener();
    }
  }
  const synthesis = {
    getVoices: () => [voice],
    speak(utterance: Utterance) {
      window.spokenTexts.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate });
      current = utterance;
    },
    pause: () => void (window.fakeSpeech.paused = true),
    resume: () => void (window.fakeSpeech.paused = false),
    cancel: () => {
      window.fakeSpeech.cancelled++;
      current = null;
    },
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

/** Records every sound the app plays through Web Audio: its loudness (RMS), length and when it started. */
function recordSounds() {
  window.playedSounds = [];
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
    const samples = this.buffer?.getChannelData(0) ?? new Float32Array();
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    window.playedSounds.push({
      rms: Math.sqrt(sum / Math.max(samples.length, 1)),
      seconds: this.buffer?.duration ?? 0,
      at: performance.now(),
    });
    return start.apply(this, args);
  };
}

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const ranges = CSS.highlights.get('read-aloud');
    return ranges ? [...ranges].map((range) => range.toString().replace(/\s+/g, ' ').trim()).join(' ') : null;
  });
const utterances = (page: Page) => page.evaluate(() => window.spokenTexts.map((u) => u.text));

async function openFirstPage(page: Page) {
  await useAsOwnDevice(page);
  await navigate(page, `/module/${MODULE_ID}/1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jezelf laten zien' })).toBeVisible();
}

test.describe('with a voice on the device', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(fakeSystemVoice);
  });

  test('hands the page over sentence by sentence, in order, and the highlight follows', async ({ page }) => {
    await openFirstPage(page);
    await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
    await expect.poll(() => utterances(page)).toEqual(['Jezelf laten zien']);
    expect(await highlighted(page)).toBe('Jezelf laten zien');
    const lang = await page.evaluate(() => window.spokenTexts[0]?.lang);
    expect(lang).toBe('nl-NL');

    // Through to the first paragraph: each sentence is handed over once the one before has ended.
    const paragraph = page.locator('main [lang] p').first();
    const sentences = ['Online laat je altijd iets van jezelf zien.', 'Dat doe je met je profielfoto en met wat je deelt.'];
    for (let turn = 0; turn < 10 && !(await utterances(page)).includes(sentences[0] as string); turn++) {
      const before = (await utterances(page)).length;
      await page.evaluate(() => window.fakeSpeech.finish());
      await expect.poll(async () => (await utterances(page)).length).toBe(before + 1);
    }
    const at = (await utterances(page)).indexOf(sentences[0] as string);
    expect(at).toBeGreaterThan(0);
    expect(await highlighted(page)).toBe(sentences[0]);
    await expect(paragraph).toHaveAttribute('data-reading', '');
    await page.evaluate(() => window.fakeSpeech.finish());
    await expect.poll(async () => (await utterances(page)).slice(at)).toEqual(sentences);
    expect(await highlighted(page)).toBe(sentences[1]);

    // The whole paragraph, and nothing else, comes out of its sentences.
    const expected = (await paragraph.innerText()).replace(/\s+/g, ' ').trim();
    const count = expected.split(/(?<=\.) /).length;
    for (let i = 2; i < count; i++) await page.evaluate(() => window.fakeSpeech.finish());
    await expect.poll(async () => (await utterances(page)).slice(at, at + count).join(' ')).toBe(expected);
  });

  test('pause, go on, slower and stop', async ({ page }) => {
    await openFirstPage(page);
    await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
    await expect.poll(() => utterances(page)).toHaveLength(1);
    const controls = page.getByRole('group', { name: 'Voorlezen' }).first();

    await controls.getByRole('button', { name: 'Pauze' }).click();
    expect(await page.evaluate(() => window.fakeSpeech.paused)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Voorlezen staat op pauze' })).toHaveCount(1);
    await controls.getByRole('button', { name: 'Ga verder' }).click();
    expect(await page.evaluate(() => window.fakeSpeech.paused)).toBe(false);
    await expect(controls.getByRole('button', { name: 'Pauze' })).toBeFocused();

    const slower = controls.getByRole('button', { name: 'Langzamer' });
    await expect(slower).toHaveAttribute('aria-pressed', 'false');
    await slower.click();
    await expect(slower).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => window.fakeSpeech.finish());
    await expect.poll(() => page.evaluate(() => window.spokenTexts.map((u) => u.rate))).toHaveLength(2);
    const [normal, slow] = await page.evaluate(() => window.spokenTexts.map((u) => u.rate));
    expect(slow).toBeLessThan(normal as number);

    await controls.getByRole('button', { name: 'Stop' }).click();
    expect(await page.evaluate(() => window.fakeSpeech.cancelled)).toBeGreaterThan(0);
    expect(await highlighted(page)).toBeNull();
    await expect(page.locator('[data-reading]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lees voor', exact: true })).toBeFocused();
    // Nothing more is handed over after stop.
    await page.evaluate(() => window.fakeSpeech.finish());
    await page.waitForTimeout(200);
    expect(await utterances(page)).toHaveLength(2);
  });

  test('the controls: large targets, told to screen readers once, zero axe violations while reading', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await openFirstPage(page);
    await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
    await expect.poll(() => utterances(page)).toHaveLength(1);
    await page.evaluate(() => window.fakeSpeech.finish());
    await expect.poll(() => utterances(page)).toHaveLength(2);
    // Told once, not per sentence.
    await expect(page.locator('[data-announcer]')).toHaveText('Wordt voorgelezen');
    const controls = page.getByRole('group', { name: 'Voorlezen' }).first().getByRole('button');
    for (const box of await controls.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await expectNoAxeViolations(page, 'reading aloud');
    await page.getByRole('button', { name: 'Stop' }).first().click();
    await expect(page.locator('[data-announcer]')).toHaveText('Voorlezen is gestopt');
    await expectNoAxeViolations(page, 'after reading aloud');
  });

  test('look (LOOK=1): a highlighted sentence at phone and tablet size, normal and largest text', async ({ page }) => {
    test.skip(!process.env.LOOK, 'only with LOOK=1');
    await useAsOwnDevice(page);
    for (const [view, viewport] of Object.entries({ phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } })) {
      await page.setViewportSize(viewport);
      for (const [label, tag] of [
        ['Gewoon', 'normal'],
        ['Heel groot', 'largest'],
      ] as const) {
        await navigate(page, '/settings');
        await page.getByLabel(label, { exact: true }).check();
        await navigate(page, `/module/${MODULE_ID}/1`);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `test-results/look/read-aloud-${view}-${tag}-idle.png` });
        await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
        await expect.poll(() => utterances(page)).not.toHaveLength(0);
        await page.evaluate(() => window.fakeSpeech.finish());
        await page.evaluate(() => window.fakeSpeech.finish());
        await page.waitForTimeout(300);
        await page.screenshot({ path: `test-results/look/read-aloud-${view}-${tag}-reading.png` });
        await page.getByRole('button', { name: 'Stop' }).first().click();
        await navigate(page, `/module/${MODULE_ID}/4`);
        await page
          .locator('section.exercise')
          .first()
          .evaluate((section) => scrollTo(0, section.getBoundingClientRect().top + scrollY - 100));
        await page.screenshot({ path: `test-results/look/read-aloud-${view}-${tag}-exercise-idle.png` });
        await page.locator('section.exercise').first().getByRole('button', { name: 'Lees voor: deze opdracht' }).click();
        await page.evaluate(() => window.fakeSpeech.finish());
        await page.waitForTimeout(300);
        await page.screenshot({ path: `test-results/look/read-aloud-${view}-${tag}-exercise.png` });
        await page.getByRole('button', { name: 'Stop' }).first().click();
      }
    }
    await page.setViewportSize({ width: 360, height: 640 });
    for (const scheme of ['dark', 'forced'] as const) {
      await page.emulateMedia(scheme === 'dark' ? { colorScheme: 'dark' } : { forcedColors: 'active', colorScheme: 'light' });
      await navigate(page, `/module/${MODULE_ID}/1`);
      await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
      await page.evaluate(() => window.fakeSpeech.finish());
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/look/read-aloud-phone-${scheme}-reading.png` });
      await page.getByRole('button', { name: 'Stop' }).first().click();
    }
  });

  test('an exercise reads its own question and choices', async ({ page }) => {
    await useAsOwnDevice(page);
    await navigate(page, `/module/${MODULE_ID}/4`);
    const exercise = page
      .locator('section.exercise')
      .filter({ has: page.getByRole('checkbox') })
      .first();
    await exercise.getByRole('button', { name: 'Lees voor: deze opdracht' }).click();
    await expect.poll(() => utterances(page)).toHaveLength(1);
    const labels = await exercise.locator('label').allInnerTexts();
    for (let i = 0; i < 20 && !(await utterances(page)).includes(labels.at(-1) as string); i++) {
      await page.evaluate(() => window.fakeSpeech.finish());
      await page.waitForTimeout(20);
    }
    const spoken = await utterances(page);
    const prompt = (await exercise.locator('.exercise-prompt').innerText()).replace(/\s+/g, ' ').trim();
    expect(spoken.join(' ')).toContain(prompt.split('?')[0] as string);
    expect(spoken.slice(-labels.length)).toEqual(labels.map((label) => label.trim()));
  });

  test('an open glossary explanation is read after its sentence', async ({ page }) => {
    await openFirstPage(page);
    await page.getByRole('button', { name: 'profielfoto' }).first().click();
    const explanation = page.locator('.term-explained').first();
    await expect(explanation).toBeVisible();
    const explained = (await explanation.innerText()).replace(/\s+/g, ' ').trim();
    await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
    for (let i = 0; i < 20 && !(await utterances(page)).some((u) => explained.startsWith(u)); i++) {
      await page.evaluate(() => window.fakeSpeech.finish());
      await page.waitForTimeout(20);
    }
    const spoken = await utterances(page);
    const first = spoken.findIndex((u) => explained.startsWith(u));
    expect(first, `explanation "${explained}" not read: ${spoken.join(' | ')}`).toBeGreaterThan(0);
    expect(spoken[first - 1]).toMatch(/beeld van jou mee\.$/);
    await expect(explanation).toHaveAttribute('data-reading', '');
  });
});

test.describe('without a voice on the device', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordSounds);
  });

  test('the offline engine loads from our own origin only and speaks Dutch out loud', async ({ page, context }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await openFirstPage(page);
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);

    const start = page.getByRole('button', { name: 'Lees voor', exact: true });
    await page.evaluate(() => (window.clickedAt = performance.now()));
    await start.click();
    // Never a dead button: loading shows itself, and stop works all the time.
    await expect(page.getByRole('button', { name: 'Stop' }).first()).toBeEnabled();
    await expect.poll(() => page.evaluate(() => window.playedSounds.length), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const sounds = await page.evaluate(() => window.playedSounds);
    const [heading, sentence] = sounds;
    // "Jezelf laten zien" is three words (about a second); the first sentence is seven words.
    for (const sound of [heading, sentence]) expect(sound?.rms).toBeGreaterThan(0.02);
    expect(heading?.seconds).toBeGreaterThan(0.6);
    expect(heading?.seconds).toBeLessThan(4);
    expect(sentence?.seconds).toBeGreaterThan(1.5);
    expect(sentence?.seconds).toBeLessThan(8);
    expect(await highlighted(page)).not.toBeNull();
    const firstWord = (heading?.at ?? 0) - (await page.evaluate(() => window.clickedAt));
    console.log(`read-aloud: first sound ${Math.round(firstWord)} ms after the click (cold)`);

    await page.getByRole('button', { name: 'Stop' }).first().click();
    await expect(start).toBeEnabled();
    await page.evaluate(() => (window.clickedAt = performance.now()));
    await start.click();
    await expect.poll(() => page.evaluate(() => window.playedSounds.length), { timeout: 10_000 }).toBeGreaterThan(sounds.length);
    const warm = await page.evaluate(() => (window.playedSounds.at(-1)?.at ?? 0) - window.clickedAt);
    console.log(`read-aloud: first sound ${Math.round(warm)} ms after the click (warm)`);
    await page.getByRole('button', { name: 'Stop' }).first().click();

    const speech = requests.filter((url) => url.includes('/assets/speech/'));
    expect(speech.some((url) => url.endsWith('.data'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith('http://localhost:'))).toEqual([]);
  });

  test('after the first use it works offline; before it, it says so once and can be tried again', async ({ page, context }) => {
    await useAsOwnDevice(page);
    await waitForOffline(page);
    // Offline before reading aloud was ever fetched: the page stays (no reload), the button answers.
    await context.setOffline(true);
    await navigate(page, `/module/${MODULE_ID}/1`);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    const start = page.getByRole('button', { name: 'Lees voor', exact: true });
    await start.click();
    await expect(page.locator('main .notice', { hasText: 'De eerste keer is internet nodig' })).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);

    // Online the page fetches it; offline again, the engine itself is still missing.
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByRole('group', { name: 'Voorlezen' })).toBeVisible();
    await context.setOffline(true);
    await start.click();
    await expect(page.locator('main .notice', { hasText: 'De eerste keer is internet nodig' })).toBeVisible({ timeout: 15_000 });
    await expect(start).toBeEnabled();

    await context.setOffline(false);
    await start.click();
    await expect.poll(() => page.evaluate(() => window.playedSounds.length), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(page.locator('main .notice', { hasText: 'De eerste keer is internet nodig' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Stop' }).first().click();

    // Kept by the service worker (not just the browser's HTTP cache): what reads, the worker, the engine, its data.
    const kept = await page.evaluate(async () =>
      (await (await caches.open('zinvol-speech-engine')).keys()).map((r) => new URL(r.url).pathname),
    );
    for (const file of [/ReadAloud-.*\.js$/, /speech-worker-.*\.js$/, /espeak-ng-\w+\.js$/, /espeak-ng-nl-en-\w+\.data$/]) {
      expect(
        kept.some((path) => file.test(path)),
        `${file} in ${kept.join(', ')}`,
      ).toBe(true);
    }

    // From the cache, with the network off, after a reload.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Jezelf laten zien' })).toBeVisible();
    await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.playedSounds.length), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    const [sound] = await page.evaluate(() => window.playedSounds);
    expect(sound?.rms).toBeGreaterThan(0.02);
  });
});
