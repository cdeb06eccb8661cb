import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeProfile, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

const SIZES = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } };
const SHOTS = process.env.PRACTICE_SHOTS ?? 'test-results/practice-shots';

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

const practiceNav = (page: Page) => page.getByRole('navigation', { name: 'Oefen-app' });
const feedback = (page: Page) => page.locator('.practice-feedback');
const taskCard = (page: Page) => page.locator('.task-card');

async function startTask(page: Page, words: RegExp) {
  await practiceNav(page).getByRole('link', { name: 'Taken' }).click();
  await page.locator('.task-item').filter({ hasText: words }).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tijdlijn' })).toBeVisible();
  await expect(taskCard(page)).toContainText(words);
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`a beginner answers the first question and does three guided tasks, kept after a reload, then starts again (${size})`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('http://localhost:')) foreign.push(request.url());
    });
    await page.setViewportSize(viewport);
    await useAsOwnDevice(page);

    // The first question, and the route it suggests.
    await expect(page.getByRole('heading', { name: 'Gebruik je al social media?' })).toBeVisible();
    await page.getByRole('button', { name: 'Nee, nog niet' }).click();
    await expect(page.getByRole('heading', { name: 'Jouw route' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Begin met Aan de slag' })).toBeVisible();
    await expect(page.locator('.module-card h3').first()).toHaveText(/Aan de slag/);
    if (size === 'phone') await page.screenshot({ path: `${SHOTS}/home-route-${size}.png` });
    await expect(page.locator('.module-card').filter({ hasText: 'Privacy en veiligheid' })).toContainText('Oefentaken: 0 van 2 gelukt');

    // Task 1, from the module's "Probeer het uit": make the profile private, view it as a stranger.
    await page.goto('/module/privacy-en-veiligheid/7');
    await page.getByRole('link', { name: 'Probeer het uit' }).first().click();
    await expect(page.getByText('Oefenen — niemand ziet dit')).toBeVisible();
    await expect(taskCard(page)).toContainText('Lukt het je om je profiel op privé te zetten?');
    if (size === 'phone') await page.screenshot({ path: `${SHOTS}/task-${size}.png` });
    await practiceNav(page).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Privé: alleen vrienden zien mijn profiel').check();
    await expect(feedback(page)).toContainText('Wat gebeurde er?');
    await expect(taskCard(page)).not.toContainText('Gelukt');
    await page.screenshot({ path: `${SHOTS}/privacy-${size}.png` });
    await expectNoViolations(page, 'privacy settings');
    await page.getByRole('link', { name: 'Bekijk je profiel als een vreemde' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Je profiel als een vreemde' })).toBeVisible();
    await expect(page.getByText('Dit profiel is privé.')).toBeVisible();
    await expect(feedback(page)).toContainText('Gelukt: Lukt het je om je profiel op privé te zetten?');
    await expect(taskCard(page)).toContainText('Gelukt! De app heeft het gezien.');
    await page.screenshot({ path: `${SHOTS}/stranger-feedback-${size}.png` });
    await page.getByRole('button', { name: 'Oké, verder' }).click();
    await page.locator('.stranger-frame').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stranger-${size}.png` });
    await expectNoViolations(page, 'stranger view');

    // A reload keeps what was done.
    await page.reload();
    await expect(page.getByText('Dit profiel is privé.')).toBeVisible();
    await practiceNav(page).getByRole('link', { name: 'Taken' }).click();
    await expect(page.locator('.task-item').filter({ hasText: 'privé' })).toContainText('Gelukt');

    // Task 2: block someone who is unkind.
    await startTask(page, /iemand te blokkeren/);
    const rick = page.getByRole('article', { name: 'Rick_88' });
    await expect(rick).toBeVisible();
    if (size === 'phone') {
      await page.screenshot({ path: `${SHOTS}/feed-${size}.png` });
      await rick.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/feed-rick-${size}.png` });
    }
    await expectNoViolations(page, 'feed');
    await rick.getByRole('button', { name: 'Meer' }).click();
    await rick.getByRole('button', { name: 'Blokkeren' }).click();
    await expect(rick).toHaveCount(0);
    // What disappeared does not take the keyboard focus with it.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(feedback(page)).toContainText('Gelukt: Lukt het je om iemand te blokkeren die vervelend doet?');
    await expect(feedback(page)).toContainText('Hij krijgt geen melding');

    // Task 3: approve a tag first.
    await startTask(page, /tag eerst goed/);
    const dewi = page.getByRole('article', { name: 'Dewi Kartosen' });
    await expect(dewi).toContainText('heeft jou getagd');
    await dewi.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(feedback(page)).toContainText('Gelukt: Lukt het je om een tag eerst goed te keuren?');
    await expectNoViolations(page, 'feed with feedback');

    // The tasks count in their modules' progress, also after a reload.
    await page.goto('/');
    await expect(page.locator('.module-card').filter({ hasText: 'Privacy en veiligheid' })).toContainText('Oefentaken: 2 van 2 gelukt');
    await expect(page.locator('.module-card').filter({ hasText: 'Ruzie' })).toContainText('Oefentaken: 1 van 1 gelukt');
    // Practice is never mixed with real answers.
    await page.goto('/answers');
    await expect(page.getByText('Rick_88')).toHaveCount(0);

    // "Opnieuw beginnen": everything back to the start, also after a reload.
    await page.goto('/oefenen/taken');
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
    await expect(page.getByText('De oefen-app staat weer aan het begin.')).toBeVisible();
    await expect(page.locator('.task-item.done')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.task-item')).toHaveCount(5);
    await expect(page.locator('.task-item.done')).toHaveCount(0);
    await practiceNav(page).getByRole('link', { name: 'Instellingen' }).click();
    await expect(page.getByLabel('Openbaar: iedereen ziet mijn profiel')).toBeChecked();
    await page.goto('/');
    await expect(page.locator('.module-card').filter({ hasText: 'Privacy en veiligheid' })).toContainText('Oefentaken: 0 van 2 gelukt');
    expect(foreign).toEqual([]);
  });

  test(`an experienced user goes straight to the topics (${size})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await useAsOwnDevice(page);
    await page.getByRole('button', { name: 'Ja, veel' }).click();
    await expect(page.getByText('Je kent social media al.')).toBeVisible();
    await expect(page.getByRole('link', { name: /Begin met/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Naar de oefen-app' })).toHaveCount(0);
    const titles = await page.locator('.module-card h3').allTextContents();
    expect(titles[0]).not.toMatch(/Aan de slag/);
    expect(titles.findIndex((t) => /Aan de slag/.test(t))).toBeGreaterThan(titles.findIndex((t) => /Als het misgaat/.test(t)));
    await expect(page.locator('.module-card').filter({ hasText: 'Aan de slag' })).toContainText('Voor beginners');
    await expectNoViolations(page, 'home, experienced');
    // The route can be changed any time.
    await page.goto('/settings');
    // In the middle of the screen, clear of the sticky top bar.
    await page.getByLabel('Nee, nog niet').evaluate((radio) => radio.scrollIntoView({ block: 'center' }));
    await page.getByLabel('Nee, nog niet').check();
    await page.getByRole('banner').getByRole('link', { name: 'Start' }).first().click();
    await expect(page.getByRole('link', { name: 'Begin met Aan de slag' })).toBeVisible();
  });
}

test('messages: a scam is spotted by its warning signs, a friend gets a reply; works offline', async ({ page, context }) => {
  await page.setViewportSize(SIZES.phone);
  await useAsOwnDevice(page);
  await page.goto('/oefenen/berichten');
  const bank = page.getByRole('article', { name: 'Uw Bank Klantenservice' });
  await bank.getByRole('button', { name: 'Open de link' }).click();
  await expect(feedback(page)).toContainText('Gelukkig is dit oefenen');
  await bank.getByRole('button', { name: 'Dit vertrouw ik niet' }).click();
  await expect(bank).toContainText('Er is haast.');
  await bank.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/scam-phone.png` });
  await expectNoViolations(page, 'messages');
  await bank.getByRole('button', { name: 'Melden en verwijderen' }).click();
  await expect(bank).toHaveCount(0);
  await expect(feedback(page)).toContainText('Gelukt: Lukt het je om een nepbericht te herkennen en te melden?');
  const noor = page.getByRole('article', { name: 'Noor Bakker' });
  await noor.getByRole('button', { name: 'Versturen' }).click();
  await expect(noor.getByRole('alert')).toHaveText('Schrijf eerst iets. Daarna kun je het versturen.');
  await noor.getByLabel('Schrijf een bericht aan Noor Bakker').fill('<b>Hoi</b> Noor!');
  await noor.getByRole('button', { name: 'Versturen' }).click();
  await expect(noor.getByText('<b>Hoi</b> Noor!')).toBeVisible();
  await expect(noor).toContainText('Leuk dat je terugschrijft!');

  // Who may tag you: with "Niemand", Dewi's tag is not asked.
  await practiceNav(page).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('group', { name: 'Wie mag mij taggen?' }).getByLabel('Niemand').check();
  await practiceNav(page).getByRole('link', { name: 'Tijdlijn' }).click();
  await expect(page.getByRole('article', { name: 'Dewi Kartosen' })).toContainText('Door je instelling kan Dewi Kartosen je niet taggen.');

  // Offline, the practice app still opens (its chunks are precached).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.goto('/oefenen/profiel');
  await expect(page.getByRole('heading', { level: 1, name: 'Profiel' })).toBeVisible();
  await expectNoViolations(page, 'own profile');
});

const PRACTICE_PATHS = [
  '/oefenen',
  '/oefenen/berichten',
  '/oefenen/profiel',
  '/oefenen/vreemde',
  '/oefenen/instellingen',
  '/oefenen/taken',
];

test('the practice app: text at 200 % without sideways scrolling, 44 px targets, usable by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(SIZES.phone);
  await useAsOwnDevice(page);
  for (const path of PRACTICE_PATHS) {
    await page.goto(path);
    await expect(page.getByText('Oefenen — niemand ziet dit')).toBeVisible();
    await expect(page.locator('.practice-nav')).toBeVisible();
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.practice button, .practice a, .practice input:not([type=checkbox]):not([type=radio]), .practice .option label, .practice summary',
        ),
      ]
        // Links inside running text are exempt (WCAG 2.5.8 "inline").
        .filter((el) => !el.closest('p, li') || el.matches('.button, .option label'))
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small, path).toEqual([]);
  }
  await page.goto('/settings');
  await page.getByLabel('Heel groot').check();
  for (const path of PRACTICE_PATHS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.setViewportSize({ width: 270, height: 480 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.setViewportSize(SIZES.phone);
  }
  // Keyboard: Tab to the first "Leuk" and press Space; the explanation appears.
  await page.goto('/oefenen');
  const like = page.getByRole('button', { name: 'Leuk' }).first();
  await expect(like).toBeVisible();
  for (let i = 0; i < 30 && !(await like.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(like).toBeFocused();
  await page.keyboard.press('Space');
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(feedback(page)).toContainText('Een algoritme is een programma');
});

test('on a class tablet the first question comes at the first sign-in of each profile', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(SIZES.tablet);
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await expect(page.getByRole('heading', { name: 'Gebruik je al social media?' })).toBeVisible();
  await page.getByRole('button', { name: 'Een beetje' }).click();
  await expect(page.getByRole('link', { name: 'Naar de oefen-app' })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await makeProfile(page, 'Noor', '2468');
  await expect(page.getByRole('heading', { name: 'Gebruik je al social media?' })).toBeVisible();
});
