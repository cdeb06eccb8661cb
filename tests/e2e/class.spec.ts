import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { makeProfile, navigate, openReflection, signIn, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

/** Everything in the workbook's IndexedDB, as someone with the browser's storage tools would see it. */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('zinvol-online');
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.addEventListener('success', () => resolve(request.result));
      });
    }
    db.close();
    const decode = (_key: string, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value;
    return JSON.stringify(dump, decode);
  });
}

/** A second, fresh device (browser context) that opens a saved file on "Mijn gegevens". */
async function openOnAnotherDevice(browser: Browser, file: string): Promise<Page> {
  const other = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await useAsOwnDevice(other);
  await other.goto('/my-data');
  await other
    .getByLabel('Kies een bestand')
    .setInputFiles({ name: 'zinvol.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  return other;
}

async function answerFirstReflection(page: Page, text: string) {
  const { textarea } = await openReflection(page);
  await textarea.fill(text);
  await expect(page.getByText('Bewaard op dit apparaat').first()).toBeVisible();
}

test("two profiles on one tablet never see each other's answers, and nothing is stored readable", async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await answerFirstReflection(page, 'Het geheim van Sam');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  // The start screen shows names only.
  await expect(page.getByRole('button', { name: 'Sam' })).toBeVisible();
  expect(await page.locator('main').textContent()).not.toContain('geheim');

  await makeProfile(page, 'Noor', '2468');
  const { textarea } = await openReflection(page);
  await expect(textarea).toHaveValue('');
  await navigate(page, '/answers');
  await expect(page.getByText('Je hebt nog geen antwoorden')).toBeVisible();
  await answerFirstReflection(page, 'Wat Noor schrijft');

  const stored = await rawDatabase(page);
  expect(stored).not.toContain('Het geheim van Sam');
  expect(stored).not.toContain('Wat Noor schrijft');

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signIn(page, 'Sam', '1357');
  await navigate(page, '/answers');
  await expect(page.getByText('Het geheim van Sam')).toBeVisible();
  await expect(page.getByText('Wat Noor schrijft')).toHaveCount(0);
});

test('wrong PINs are slowed down', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Sam' }).click();
  const pin = page.getByLabel('Pincode', { exact: true });
  for (let i = 0; i < 2; i++) {
    await pin.fill('0000');
    await page.getByRole('button', { name: 'Openen' }).click();
    await expect(page.getByText('Deze pincode klopt niet')).toBeVisible();
    // The check is done when the field is empty again.
    await expect(pin).toHaveValue('');
  }
  await pin.fill('0000');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('p.form-message', { hasText: 'Even wachten: probeer het over een halve minuut opnieuw.' })).toBeVisible();
  // Also the right PIN has to wait, even after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Sam' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('p.form-message', { hasText: /Even wachten/ })).toBeVisible();
  await expect(page.getByText('Je werkt als Sam')).toHaveCount(0);
});

test('the tablet locks itself after the timeout, and the text being typed survives', async ({ page }) => {
  await page.clock.install();
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const { textarea } = await openReflection(page);
  await textarea.pressSequentially('Ik was nog aan het typen', { delay: 5 });
  // Five minutes without use: the default on a class tablet.
  await page.clock.fastForward('05:01');
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(page.locator('textarea')).toHaveCount(0);
  expect(await rawDatabase(page)).not.toContain('Ik was nog aan het typen');
  await signIn(page, 'Sam', '1357');
  await openReflection(page);
  await expect(page.locator('textarea').first()).toHaveValue('Ik was nog aan het typen');
});

test('export → import on another device brings back every answer and the top 3', async ({ page, browser }) => {
  await useAsOwnDevice(page);
  await answerFirstReflection(page, 'Mee naar huis');
  await page.goto('/top3');
  await page.getByLabel('In je eigen woorden').fill('Ik bel mijn zus.');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  // Stored once it is in the list (the list is drawn from what was written).
  await expect(page.locator('.top3-text', { hasText: 'Ik bel mijn zus.' })).toBeVisible();
  await page.goto('/my-data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'zinvol-online-export', formatVersion: 1, appVersion: expect.any(String) });

  const other = await openOnAnotherDevice(browser, file);
  await expect(other.getByText('Nieuwe antwoorden: 1')).toBeVisible();
  await other.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(other.getByText(/Klaar\. 1 antwoorden/)).toBeVisible();
  await other.goto('/answers');
  await expect(other.getByText('Mee naar huis')).toBeVisible();
  await other.goto('/');
  await expect(other.locator('.top3-list li')).toHaveText(['Ik bel mijn zus.']);
  await other.context().close();
});

test('a password-protected export cannot be read without the password', async ({ page, browser }) => {
  await useAsOwnDevice(page);
  await answerFirstReflection(page, 'Alleen met wachtwoord');
  await page.goto('/my-data');
  await page.getByLabel('Beveilig het bestand met een wachtwoord').check();
  await page.getByLabel('Wachtwoord', { exact: true }).fill('zomer2026');
  await page.getByLabel('Typ het wachtwoord nog een keer').fill('zomer2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file).not.toContain('Alleen met wachtwoord');
  expect(JSON.parse(file).encrypted).toBe(true);

  const other = await openOnAnotherDevice(browser, file);
  await expect(other.getByText('Dit bestand is beveiligd. Typ het wachtwoord.')).toBeVisible();
  await other.getByLabel('Wachtwoord', { exact: true }).fill('winter2026');
  await other.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(other.getByText('Het wachtwoord klopt niet. Er is niets veranderd.')).toBeVisible();
  await other.getByLabel('Wachtwoord', { exact: true }).fill('zomer2026');
  await other.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(other.getByText('Nieuwe antwoorden: 1')).toBeVisible();
  await other.context().close();
});

test('bad files each give one clear message and change nothing', async ({ page }) => {
  await useAsOwnDevice(page);
  await answerFirstReflection(page, 'Dit blijft zoals het is');
  await page.goto('/my-data');
  const before = await rawDatabase(page);
  const valid = {
    format: 'zinvol-online-export',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-23T10:00:00.000Z',
    encrypted: false,
    data: { answers: [], top3: [], progress: [] },
  };
  const cases: [string, Buffer, RegExp][] = [
    ['empty', Buffer.from(''), /Dit bestand is leeg/],
    ['random bytes', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)), /Dit is geen bestand van Zinvol Online/],
    ['truncated', Buffer.from(JSON.stringify(valid).slice(0, 60)), /Dit is geen bestand van Zinvol Online/],
    ['wrong shape', Buffer.from(JSON.stringify({ hello: 'world', answers: [1, 2, 3] })), /Dit is geen bestand van Zinvol Online/],
    [
      'damaged data',
      Buffer.from(JSON.stringify({ ...valid, data: { answers: [{ moduleId: 'x', exerciseId: 'y' }], top3: [], progress: [] } })),
      /beschadigd/,
    ],
    ['newer version', Buffer.from(JSON.stringify({ ...valid, formatVersion: 99 })), /nieuwere versie/],
    // A large file of another kind is refused after its first bytes, without being read whole.
    ['large, not ours', Buffer.alloc(6 * 1024 * 1024, 'x'), /Dit is geen bestand van Zinvol Online/],
  ];
  for (const [name, buffer, message] of cases) {
    await page.getByLabel('Kies een bestand').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert').filter({ hasText: message }), name).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Er is niets veranderd' }), name).toBeVisible();
    await expect(page.getByRole('button', { name: 'Samenvoegen' }), name).toHaveCount(0);
  }
  expect(await rawDatabase(page)).toBe(before);

  // A valid file whose answers hold HTML and script: imported as plain text, never run.
  const html = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
  const answer = {
    moduleId: 'jezelf-laten-zien',
    exerciseId: 'onbekende-vraag',
    prompt: '<b>vraag</b>',
    value: { kind: 'text', text: html },
    updatedAt: 1,
  };
  await page.getByLabel('Kies een bestand').setInputFiles({
    name: 'html.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...valid, data: { answers: [answer], top3: [{ text: html, addedAt: 1 }], progress: [] } })),
  });
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByText(/Klaar\./)).toBeVisible();
  await page.goto('/answers');
  await expect(page.getByText(html).first()).toBeVisible();
  await page.goto('/');
  await expect(page.locator('.top3-list li').first()).toHaveText(html);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  // The only pictures on home are the modules' own drawings; the imported text made none.
  expect(await page.locator('main img:not(.module-picture)').count()).toBe(0);
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});

test('"end of the course" leaves nothing of any profile on the tablet', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await answerFirstReflection(page, 'Spoor van Sam');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await makeProfile(page, 'Noor', '2468');
  await page.getByRole('button', { name: 'Afmelden' }).click();

  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('button', { name: 'Alle profielen weghalen' }).click();
  await expect(page.getByText(/2 profiel\(en\) en al hun antwoorden/)).toBeVisible();
  await page.getByRole('button', { name: 'Ja, alles weghalen' }).click();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByText('Er zijn nog geen profielen op deze tablet.')).toBeVisible();

  const stored = JSON.parse(await rawDatabase(page)) as Record<string, unknown[]>;
  expect(stored.entries).toEqual([]);
  expect(stored.profiles).toEqual([]);
  const leftovers = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const text = await (await cache.match(request))!.text();
        if (/Sam|Noor/.test(text) && !request.url.includes('/assets/')) found.push(request.url);
      }
    }
    return { found, local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) };
  });
  expect(leftovers.found).toEqual([]);
  expect(leftovers.local).not.toMatch(/Sam|Noor|Spoor/);
  expect(leftovers.session).not.toMatch(/Sam|Noor|Spoor/);
});

test('zero axe violations on the first-run, sign-in, profile, trainer and my-data screens', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const check = async (label: string) => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  };
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.evaluate(() => indexedDB.deleteDatabase('zinvol-online'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welkom bij Zinvol Online' })).toBeVisible();
    await check('first run');
    await useAsClassTablet(page);
    await check('sign in');
    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    await check('new profile');
    await page.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Voor de trainer' }).click();
    await page.getByLabel('Pincode', { exact: true }).fill('9999');
    await page.getByRole('button', { name: 'Openen' }).click();
    await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
    await check('trainer settings');
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await makeProfile(page, 'Sam', '1357');
    await navigate(page, '/my-data');
    await expect(page.getByRole('heading', { name: 'Mijn gegevens' })).toBeVisible();
    await check('my data');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('button', { name: 'Sam' }).click();
    await check('pin');
  }
});

test('"delete all my answers" says what will be gone, and then it is gone', async ({ page }) => {
  await useAsOwnDevice(page);
  await answerFirstReflection(page, 'Weg ermee');
  await navigate(page, '/my-data');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText(/Al je antwoorden, je top 3 en hoe ver je bent, worden gewist/)).toBeVisible();
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await expect(page.getByText('Je antwoorden zijn gewist.')).toBeVisible();
  await navigate(page, '/answers');
  await expect(page.getByText('Je hebt nog geen antwoorden')).toBeVisible();
  expect(await rawDatabase(page)).not.toContain('Weg ermee');
});

test('"Hulp nodig?" opens from the locked start screen too, without anyone\'s own list', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await navigate(page, '/help');
  await page.getByLabel('Naam').first().fill('Mijn zus Anna');
  await expect(page.getByText('Bewaard op dit apparaat')).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hulp nodig?' })).toBeVisible();
  await expect(page.getByText(/Is er direct gevaar\? Bel 112/)).toBeVisible();
  await expect(page.getByLabel('Naam')).toHaveCount(0);
  await expect(page.getByText('Mijn zus Anna')).toHaveCount(0);
});

test('each person on a class tablet gets back their own language and text size', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await navigate(page, '/settings');
  await page.getByLabel('English').check();
  await page.getByLabel('Very large').check();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await makeProfile(page, 'Noor', '2468');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Sam' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText('Signed in as Sam')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
});
