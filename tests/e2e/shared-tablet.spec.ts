// Issue 9: a shared tablet keeps nothing of a participant, also around the app (the browser's
// own files, other tabs, Back, the clock, Downloads). Each test tries what a classmate would.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { expectSaved, makeProfile, navigate, openReflection, signIn, useAsClassTablet } from './helpers.ts';

const SHOTS = 'test-results/screenshots';

/** Every file under a folder, with the paths of those that hold the text (as UTF-8 or UTF-16LE). */
function filesHolding(folder: string, texts: string[]): string[] {
  const needles = texts.flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      let info;
      try {
        info = statSync(path);
      } catch {
        continue; // A lock file that went away.
      }
      if (info.isDirectory()) walk(path);
      else if (info.isFile() && needles.some((needle) => readFileSync(path).includes(needle))) found.push(path.slice(folder.length + 1));
    }
  };
  walk(folder);
  return found;
}

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function openPageWith(page: Page, moduleId: string, selector: string): Promise<void> {
  for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
    await navigate(page, `/module/${moduleId}/${pageNumber}`);
    await expect(page.locator('#page-of')).toContainText(`Pagina ${pageNumber} van`);
    if ((await page.locator(selector).count()) > 0) return;
  }
  throw new Error(`no ${selector} in ${moduleId}`);
}

test('after signing out and closing the browser, no answer is in any file of the browser profile (items 1, 2)', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'zinvol-tablet-'));
  const marker = (what: string) => `ZQX${what}${Date.now().toString(36)}`;
  const markers = {
    reflection: marker('REFLECTIE'),
    contactName: marker('NAAM'),
    contactNote: marker('NOTITIE'),
    top3: marker('TOPDRIE'),
  };
  const phone = '0612345987';
  const participant = 'Wessel';
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      baseURL,
      locale: 'nl-NL',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await useAsClassTablet(page);
    await makeProfile(page, participant, '135790');
    // No PIN field is offered to the password manager.
    await expect(page.locator('input[type=password]')).toHaveCount(0);

    const { textarea } = await openReflection(page);
    await textarea.pressSequentially(markers.reflection, { delay: 2 });
    await expectSaved(page);
    await openPageWith(page, 'als-het-misgaat', '.contact-row');
    const row = page.locator('.contact-row').first();
    await row.getByLabel('Naam', { exact: true }).pressSequentially(markers.contactName, { delay: 2 });
    await row.getByLabel('Telefoonnummer').pressSequentially(phone, { delay: 2 });
    await row.getByLabel('Waarvoor bel ik deze persoon?').pressSequentially(markers.contactNote, { delay: 2 });
    await expectSaved(page);
    await navigate(page, '/top3');
    await page.getByLabel('In je eigen woorden').pressSequentially(markers.top3, { delay: 2 });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.locator('main')).toContainText(markers.top3);
    // And the pick, scale and scenario kinds, so their state is on the page too.
    await openPageWith(page, 'jezelf-laten-zien', '.exercise input[type=checkbox]');
    await page.locator('.exercise input[type=checkbox]').first().check();

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
    await context.close();

    const found = filesHolding(profileDir, [...Object.values(markers), phone]);
    console.log(`markers found on disk: ${found.length} file(s) ${found.join(', ')}`);
    expect(found).toEqual([]);
    // The name is on the sign-in screen by design, but never in the password manager's files.
    expect(filesHolding(profileDir, [participant]).filter((path) => /Login Data/.test(path))).toEqual([]);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});

test('PIN fields are never password fields, so no browser offers to keep them (item 2)', async ({ page }) => {
  await useAsClassTablet(page);
  await page.getByRole('button', { name: 'Nieuw profiel' }).click();
  const pin = page.getByLabel('Kies een pincode');
  await expect(pin).toHaveAttribute('type', 'text');
  await expect(pin).toHaveAttribute('autocomplete', 'off');
  await expect(page.locator('input[type=password]')).toHaveCount(0);
  // Masked all the same.
  expect(await pin.evaluate((input) => getComputedStyle(input).getPropertyValue('-webkit-text-security'))).toBe('disc');
  // A longer PIN is suggested.
  await expect(page.getByText(/Kies liever 6 cijfers/).first()).toBeVisible();
  await page.setViewportSize({ width: 360, height: 640 });
  await pin.fill('123456');
  await pin.screenshot({ path: `${SHOTS}/pin-field-360.png` });
});

test('signing out, locking, switching and wiping reach every open tab at once (item 3)', async ({ page, context }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  const other = await context.newPage();
  await other.goto('/');
  await signIn(other, 'Sam', '1357');
  await navigate(other, '/answers');
  await expect(other.getByRole('heading', { name: 'Mijn antwoorden' })).toBeVisible();

  // Sam signs in in tab A too (the same person: tab B stays), then signs out there.
  await signIn(page, 'Sam', '1357');
  await expect(other.getByText('Je werkt als Sam')).toBeVisible();
  const started = Date.now();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(other.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  console.log(`time to lock the other tab: ${Date.now() - started} ms`);
  await expect(other.getByText('Je werkt als Sam')).toHaveCount(0);

  // A second participant in tab A: tab B stays on the sign-in screen, with nothing of Sam.
  await makeProfile(page, 'Noor', '2468');
  await expect(other.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(other.getByRole('navigation')).toHaveCount(0);

  // Sam signs in in tab B: Noor's tab A locks (a switch of person).
  await signIn(other, 'Sam', '1357');
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(page.getByText('Je werkt als Noor')).toHaveCount(0);

  // The end-of-course wipe in tab A signs out tab B and empties its list.
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('button', { name: 'Alle profielen weghalen' }).click();
  await page.getByRole('button', { name: 'Ja, alles weghalen' }).click();
  await expect(other.getByText('Er zijn nog geen profielen op deze tablet.')).toBeVisible();
  await expect(other.getByText('Je werkt als Sam')).toHaveCount(0);
});

test('Back after leaving the page never shows the signed-in page; outside links open a new tab (item 4)', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const { textarea } = await openReflection(page);
  await textarea.fill('Wat Sam schreef');
  await expectSaved(page);
  await navigate(page, '/answers');
  await expect(page.getByText('Wat Sam schreef')).toBeVisible();

  // Leaving this tab for another page, then Back.
  await page.goto('/manifest.webmanifest');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(page.getByText('Je werkt als Sam')).toHaveCount(0);
  await expect(page.getByText('Wat Sam schreef')).toHaveCount(0);

  await signIn(page, 'Sam', '1357');
  await navigate(page, '/help');
  const outside = page.locator('main a[href^="http"]').first();
  await expect(outside).toHaveAttribute('target', '_blank');
});

test('a page left for the back-forward cache hides its content at once, and comes back locked (item 4)', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const { textarea } = await openReflection(page);
  await textarea.fill('Wat Sam schreef');
  await expectSaved(page);
  await navigate(page, '/answers');
  await expect(page.getByText('Wat Sam schreef')).toBeVisible();
  // What the browser does when the page goes into the back-forward cache, and comes back from it.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect(page.getByText('Wat Sam schreef')).toBeHidden();
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await reloaded;
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(page.getByText('Wat Sam schreef')).toHaveCount(0);
});

test('hidden for longer than a short grace, the tablet locks (item 4)', async ({ page }) => {
  await page.clock.install();
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.clock.fastForward(5_000);
  await setHidden(false);
  await expect(page.getByText('Je werkt als Sam')).toBeVisible();
  await setHidden(true);
  await page.clock.fastForward(31_000);
  await setHidden(false);
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
});

test('30 seconds before the lock a calm warning offers "Ik ben er nog"; the trainer can choose 1 minute (item 5)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.clock.install();
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  // The home screen settled: its own scroll and focus (which count as use) come before the wait.
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await page.clock.runFor(1000);
  await page.clock.fastForward('04:31');
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Over 30 seconden gaat het werkboek op slot');
  await expect(page.getByRole('button', { name: 'Ik ben er nog' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/idle-warning-360.png` });
  await expectNoViolations(page, 'idle warning');
  await page.getByRole('button', { name: 'Ik ben er nog' }).click();
  await expect(warning).toHaveCount(0);
  await page.clock.fastForward('01:00');
  await expect(page.getByText('Je werkt als Sam')).toBeVisible();

  // The trainer sets 1 minute: the warning comes after 30 seconds.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByLabel('Vergrendelen na').selectOption({ label: '1 minuut zonder gebruik' });
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await signIn(page, 'Sam', '1357');
  await page.clock.fastForward('00:31');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('the next person starts on the home screen, not on the last person’s screen (item 6)', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await navigate(page, '/print');
  await expect(page.getByRole('heading', { name: 'Afdrukken', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await makeProfile(page, 'Noor', '2468');
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Afdrukken', level: 1 })).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('on a class tablet an export always has a password, and says to delete the file (item 7)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  const { textarea } = await openReflection(page);
  await textarea.fill('Over mijn psychose');
  await expectSaved(page);
  await navigate(page, '/my-data');
  await expect(page.getByLabel('Beveilig het bestand met een wachtwoord')).toHaveCount(0);
  await expect(page.getByText('krijgt het bestand altijd een wachtwoord')).toBeVisible();
  await expect(page.getByText('Haal het bestand daarna weg van deze tablet')).toBeVisible();
  await page
    .locator('.data-section')
    .first()
    .screenshot({ path: `${SHOTS}/class-export-360.png` });
  await expectNoViolations(page, 'class export');
  // Without a password nothing is saved.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  await expect(page.getByText('Kies een wachtwoord van minstens 6 tekens.')).toBeVisible();
  expect(downloaded).toBe(false);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('geheim123');
  await page.getByLabel('Typ het wachtwoord nog een keer').fill('geheim123');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file).not.toContain('psychose');
  expect(JSON.parse(file)).toHaveProperty('encrypted');
});

test('records planted in a PIN profile are not shown as the person’s own, and a calm notice counts them (item 8)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  // A classmate with the developer tools writes records into Sam's profile.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('zinvol-online');
      request.addEventListener('success', () => resolve(request.result));
    });
    const profileId = await new Promise<string>((resolve) => {
      const request = db.transaction('profiles').objectStore('profiles').getAll();
      request.addEventListener('success', () =>
        resolve((request.result as { id: string; name: string }[]).find((p) => p.name === 'Sam')!.id),
      );
    });
    const answer = (exerciseId: string) => ({
      moduleId: 'jezelf-laten-zien',
      exerciseId,
      prompt: 'Vraag',
      value: { kind: 'text', text: 'PLANTED-BY-CLASSMATE' },
      updatedAt: 1,
    });
    const store = db.transaction('entries', 'readwrite').objectStore('entries');
    store.put({ profileId, kind: 'answer', key: 'jezelf-laten-zien/a', plain: answer('a') });
    store.put({ profileId, kind: 'answer', key: 'jezelf-laten-zien/b', plain: answer('b') });
    await new Promise((resolve) => store.transaction.addEventListener('complete', resolve));
    db.close();
  });
  await signIn(page, 'Sam', '1357');
  await expect(page.getByText('In je profiel stonden 2 stukjes die niet met jouw pincode zijn bewaard')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/planted-notice-360.png` });
  await expectNoViolations(page, 'planted notice');
  await navigate(page, '/answers');
  await expect(page.getByText('Je hebt nog geen antwoorden')).toBeVisible();
  await expect(page.getByText('PLANTED-BY-CLASSMATE')).toHaveCount(0);
});

test('changing the clock neither skips nor stretches the PIN wait, which is said in minutes; the trainer can clear it (item 9)', async ({
  page,
}) => {
  await page.clock.install();
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Sam' }).click();
  const pin = page.getByLabel('Pincode', { exact: true });
  for (let i = 0; i < 3; i++) {
    await pin.fill('0000');
    await page.getByRole('button', { name: 'Openen' }).click();
    await expect(pin).toHaveValue('');
  }
  await expect(page.locator('p.form-message', { hasText: 'Even wachten: probeer het over een halve minuut opnieuw.' })).toBeVisible();
  // A year ahead: the wait is still there.
  await page.clock.setSystemTime(Date.now() + 365 * 24 * 3600_000);
  await page.clock.runFor(2_000);
  await page.reload();
  await page.getByRole('button', { name: 'Sam' }).click();
  await pin.fill('1357');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.locator('p.form-message', { hasText: /Even wachten: probeer het over/ })).toBeVisible();
  await expect(page.getByText(/seconden/)).toHaveCount(0);
  await expect(page.getByText('Je werkt als Sam')).toHaveCount(0);

  // The trainer clears it.
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('button', { name: 'Wachten stoppen Sam' }).click();
  await expect(page.getByRole('button', { name: 'Wachten stoppen Sam' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await signIn(page, 'Sam', '1357');
});

test('switching a class tablet to "own device" asks first (item 10)', async ({ page }) => {
  await useAsClassTablet(page);
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('radio', { name: 'Dit is mijn eigen telefoon of tablet' }).click();
  await expect(page.getByText('Dan opent het werkboek zonder pincode')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dit is een tablet van de les' })).toBeChecked();
  await page.getByRole('button', { name: 'Toch niet' }).click();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('radio', { name: 'Dit is mijn eigen telefoon of tablet' }).click();
  await page.getByRole('button', { name: 'Ja, dit is een eigen apparaat' }).click();
  await expect(page.getByRole('heading', { name: 'Onderdelen' })).toBeVisible();
});

test('the end of the course ends with a checklist of what lives outside the app', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill('9999');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('button', { name: 'Alle profielen weghalen' }).click();
  await page.getByRole('button', { name: 'Ja, alles weghalen' }).click();
  const checklist = page.locator('.after-wipe');
  await expect(checklist).toContainText('De map Downloads');
  await expect(checklist).toContainText('geschiedenis van de browser');
  await expect(checklist).toContainText('Opgeslagen wachtwoorden');
  await checklist.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/after-wipe-checklist-360.png` });
  await expectNoViolations(page, 'after wipe');
});

test('every response carries the full set of security headers, error pages too (item 12)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const chunk = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const path of ['/', '/sw.js', chunk!, '/does-not-exist.js', '/%E0%A4%A']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=(self)');
    expect(headers['permissions-policy'], path).toContain('microphone=()');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
  }
  expect((await request.get('/does-not-exist.js')).status()).toBe(404);
});
