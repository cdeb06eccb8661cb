// Issue 8, cases 1 and 2: what a page shows is always the newest answer, when paging back
// (by "← Vorige" and by the browser's Back), after a language switch, and with two tabs open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { makeProfile, navigate, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

const exercise = (page: Page, id: string) => page.locator(`section[data-exercise="${id}"]`);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function expectSavedIn(page: Page, id: string) {
  await expect(exercise(page, id).locator('.save-status')).toContainText('Bewaard');
}

async function openPage(page: Page, moduleId: string, pageNumber: number) {
  await navigate(page, `/module/${moduleId}/${pageNumber}`);
  await expect(page.locator('#page-of')).toContainText(`Pagina ${pageNumber} van`);
}

interface Kind {
  name: string;
  moduleId: string;
  page: number;
  id: string;
  /** The first answer. */
  write: (ex: Locator) => Promise<void>;
  /** What the page must show after paging back. */
  shows: (ex: Locator) => Promise<void>;
  /** Writing again, on top of what is shown. */
  writeAgain: (ex: Locator) => Promise<void>;
  /** What must be stored in the end (checked after a reload). */
  keeps: (ex: Locator) => Promise<void>;
}

const option = (ex: Locator, index: number) => ex.locator('input').nth(index);

const KINDS: Kind[] = [
  {
    name: 'reflection',
    moduleId: 'aan-de-slag',
    page: 4,
    id: 'meest-gebruikt',
    write: (ex) => ex.locator('textarea').fill('WhatsApp, om te appen met mijn zus.'),
    shows: (ex) => expect(ex.locator('textarea')).toHaveValue('WhatsApp, om te appen met mijn zus.'),
    writeAgain: async (ex) => {
      await ex.locator('textarea').press('End');
      await ex.locator('textarea').pressSequentially(' En YouTube.');
    },
    keeps: (ex) => expect(ex.locator('textarea')).toHaveValue('WhatsApp, om te appen met mijn zus. En YouTube.'),
  },
  {
    name: 'checklist',
    moduleId: 'aan-de-slag',
    page: 3,
    id: 'waarvoor-nu',
    write: (ex) => option(ex, 0).check(),
    shows: (ex) => expect(option(ex, 0)).toBeChecked(),
    writeAgain: (ex) => option(ex, 4).check(),
    keeps: async (ex) => {
      await expect(option(ex, 0)).toBeChecked();
      await expect(option(ex, 4)).toBeChecked();
    },
  },
  {
    name: 'choose',
    moduleId: 'aan-de-slag',
    page: 11,
    id: 'mijn-doelen',
    write: (ex) => option(ex, 1).check(),
    shows: (ex) => expect(option(ex, 1)).toBeChecked(),
    writeAgain: (ex) => option(ex, 2).check(),
    keeps: async (ex) => {
      await expect(option(ex, 1)).toBeChecked();
      await expect(option(ex, 2)).toBeChecked();
    },
  },
  {
    name: 'scale with faces',
    moduleId: 'aan-de-slag',
    page: 8,
    id: 'gevoel-na-gebruik',
    write: (ex) => ex.locator('.scale-step label').nth(3).click(),
    shows: (ex) => expect(option(ex, 3)).toBeChecked(),
    writeAgain: (ex) => ex.locator('.scale-step label').nth(1).click(),
    keeps: async (ex) => {
      await expect(option(ex, 1)).toBeChecked();
      await expect(option(ex, 3)).not.toBeChecked();
    },
  },
  {
    name: 'scenario',
    moduleId: 'jezelf-laten-zien',
    page: 8,
    id: 'foto-van-feest',
    write: (ex) => option(ex, 1).check(),
    shows: async (ex) => {
      await expect(option(ex, 1)).toBeChecked();
      await expect(ex.locator('.feedback-title')).toBeVisible();
    },
    writeAgain: (ex) => option(ex, 0).check(),
    keeps: (ex) => expect(option(ex, 0)).toBeChecked(),
  },
  {
    name: 'contacts',
    moduleId: 'als-het-misgaat',
    page: 20,
    id: 'wie-kan-ik-bellen',
    write: (ex) => ex.getByLabel('Naam').first().fill('Mijn zus Anna'),
    shows: (ex) => expect(ex.getByLabel('Naam').first()).toHaveValue('Mijn zus Anna'),
    writeAgain: (ex) => ex.getByLabel('Telefoonnummer').first().fill('0612345678'),
    keeps: async (ex) => {
      await expect(ex.getByLabel('Naam').first()).toHaveValue('Mijn zus Anna');
      await expect(ex.getByLabel('Telefoonnummer').first()).toHaveValue('0612345678');
    },
  },
];

const ROUTES = {
  '← Vorige': (page: Page) => page.getByRole('button', { name: '← Vorige' }).click(),
  'browser Back': (page: Page) => page.goBack(),
} as const;

for (const kind of KINDS) {
  for (const [routeName, goBack] of Object.entries(ROUTES)) {
    test(`${kind.name}: paging back (${routeName}) shows the answer, and writing again keeps it`, async ({ page }) => {
      await useAsOwnDevice(page);
      await openPage(page, kind.moduleId, kind.page);
      await kind.write(exercise(page, kind.id));
      await expectSavedIn(page, kind.id);
      await page.getByRole('button', { name: 'Volgende →' }).click();
      await expect(page.locator('#page-of')).toContainText(`Pagina ${kind.page + 1} van`);
      await goBack(page);
      await expect(page.locator('#page-of')).toContainText(`Pagina ${kind.page} van`);
      await kind.shows(exercise(page, kind.id));
      await kind.writeAgain(exercise(page, kind.id));
      await expectSavedIn(page, kind.id);
      await page.reload();
      await kind.keeps(exercise(page, kind.id));
    });
  }
}

test('typing in the middle of an answer keeps the caret where it is', async ({ page }) => {
  await useAsOwnDevice(page);
  await openPage(page, 'aan-de-slag', 4);
  const textarea = exercise(page, 'meest-gebruikt').locator('textarea');
  await textarea.fill('Ik gebruik WhatsApp.');
  await expectSavedIn(page, 'meest-gebruikt');
  // Put the caret after "Ik gebruik " and type there, slowly, while saves come and go.
  await textarea.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(11, 11));
  await textarea.pressSequentially('vooral ', { delay: 120 });
  await expect(textarea).toHaveValue('Ik gebruik vooral WhatsApp.');
  expect(await textarea.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(18);
  await expectSavedIn(page, 'meest-gebruikt');
});

test('class tablet: paging back shows the answer, and Forward too', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Sam', '1357');
  await openPage(page, 'aan-de-slag', 4);
  const textarea = exercise(page, 'meest-gebruikt').locator('textarea');
  await textarea.fill('Eerste antwoord van Sam');
  await expectSavedIn(page, 'meest-gebruikt');
  await page.getByRole('button', { name: 'Volgende →' }).click();
  await expect(page.locator('#page-of')).toContainText('Pagina 5 van');
  await page.goBack();
  await expect(textarea).toHaveValue('Eerste antwoord van Sam');
  await page.goForward();
  await expect(page.locator('#page-of')).toContainText('Pagina 5 van');
  await page.goBack();
  await expect(textarea).toHaveValue('Eerste antwoord van Sam');
  await textarea.press('End');
  await textarea.pressSequentially(', en meer.');
  await expectSavedIn(page, 'meest-gebruikt');
  await navigate(page, '/answers');
  await expect(page.getByText('Eerste antwoord van Sam, en meer.')).toBeVisible();
});

test('leaving a module and coming back, and switching language, keeps what is on screen', async ({ page }) => {
  await useAsOwnDevice(page);
  await openPage(page, 'aan-de-slag', 4);
  const textarea = exercise(page, 'meest-gebruikt').locator('textarea');
  await textarea.pressSequentially('Net getypt');
  // No wait for "Bewaard": leaving at once must not lose what is still waiting to be written.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.goBack();
  await expect(page.locator('#page-of')).toContainText('Page 4 of');
  await expect(textarea).toHaveValue('Net getypt');
  await page.goForward();
  await page.getByLabel('Nederlands').check();
  await page.goBack();
  await expect(page.locator('#page-of')).toContainText('Pagina 4 van');
  await expect(textarea).toHaveValue('Net getypt');
});

async function twoTabs(page: Page, path: string): Promise<Page> {
  await useAsOwnDevice(page);
  await navigate(page, path);
  const other = await page.context().newPage();
  await other.goto(path);
  return other;
}

test('two tabs: a tab shows what the other tab wrote, and writing there keeps it', async ({ page }) => {
  const tabB = await twoTabs(page, '/module/aan-de-slag/4');
  const inA = exercise(page, 'meest-gebruikt').locator('textarea');
  const inB = exercise(tabB, 'meest-gebruikt').locator('textarea');
  await expect(inB).toHaveValue('');
  await inA.fill('Geschreven in tab A.');
  await expectSavedIn(page, 'meest-gebruikt');
  await expect(inB).toHaveValue('Geschreven in tab A.');
  await inB.press('End');
  await inB.pressSequentially(' Aangevuld in B.');
  await expectSavedIn(tabB, 'meest-gebruikt');
  await expect(inA).toHaveValue('Geschreven in tab A. Aangevuld in B.');
  await page.reload();
  await expect(inA).toHaveValue('Geschreven in tab A. Aangevuld in B.');
});

test('two tabs writing the same answer at once: both texts are kept, the earlier one can be put back', async ({ page }) => {
  // Tab B does not hear tab A while both type, as when both write within the same moment
  // (before the news from the other tab arrives); on a slow machine the test cannot time that.
  await page.context().addInitScript(() => {
    const listen = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject) {
      const heard = (event: Event) => (window as { deaf?: boolean }).deaf || (listener as EventListener)(event);
      return listen.call(this, type, heard);
    };
  });
  const tabB = await twoTabs(page, '/module/aan-de-slag/4');
  const inA = exercise(page, 'meest-gebruikt').locator('textarea');
  const inB = exercise(tabB, 'meest-gebruikt').locator('textarea');
  await tabB.evaluate(() => ((window as { deaf?: boolean }).deaf = true));
  await inA.fill('Tekst uit tab A');
  await expectSavedIn(page, 'meest-gebruikt');
  await inB.fill('Tekst uit tab B');
  await tabB.evaluate(() => ((window as { deaf?: boolean }).deaf = false));
  await expectSavedIn(page, 'meest-gebruikt');
  await expectSavedIn(tabB, 'meest-gebruikt');
  // The tab that wrote last holds the answer; the other text is an earlier version, in both tabs.
  await expect(exercise(page, 'meest-gebruikt').locator('.earlier-versions')).toBeVisible();
  const answer = await inA.inputValue();
  const other = answer === 'Tekst uit tab A' ? 'Tekst uit tab B' : 'Tekst uit tab A';
  expect([answer, other].sort()).toEqual(['Tekst uit tab A', 'Tekst uit tab B']);
  for (const tab of [page, tabB]) {
    await expect(exercise(tab, 'meest-gebruikt').locator('textarea')).toHaveValue(answer);
    await expect(exercise(tab, 'meest-gebruikt').locator('.earlier-versions')).toContainText(other);
  }
  await page.setViewportSize({ width: 360, height: 640 });
  await exercise(page, 'meest-gebruikt').locator('.earlier-versions summary').click();
  await exercise(page, 'meest-gebruikt').locator('.earlier-versions').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/earlier-version-360.png' });
  await expectNoAxeViolations(page);
  await exercise(page, 'meest-gebruikt').getByRole('button', { name: 'Zet terug' }).click();
  await expect(inA).toHaveValue(other);
  await expect(inB).toHaveValue(other);
  // What was the answer is now the earlier version: nothing is gone.
  await expect(exercise(page, 'meest-gebruikt').locator('.earlier-versions')).toContainText(answer);
  await navigate(page, '/answers');
  await expect(page.locator('.answer', { hasText: other }).locator('.earlier-versions')).toContainText(answer);
  await page.locator('.earlier-versions summary').click();
  await page.screenshot({ path: 'test-results/earlier-version-answers-360.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: 'test-results/earlier-version-answers-768.png', fullPage: true });
});

test('two tabs: the top 3 keeps what both tabs added, and both tabs show it', async ({ page }) => {
  const tabB = await twoTabs(page, '/top3');
  await page.getByLabel('In je eigen woorden').fill('Van tab A');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('.top3-item')).toHaveCount(1);
  // Tab B may still be showing the empty list; adding there must not lose A's item.
  await tabB.getByLabel('In je eigen woorden').fill('Van tab B');
  await tabB.getByRole('button', { name: 'Toevoegen' }).click();
  for (const tab of [page, tabB]) await expect(tab.locator('.top3-text')).toHaveText(['Van tab A', 'Van tab B']);
  await tabB.getByRole('button', { name: 'Omhoog: Van tab B' }).click();
  await page.getByLabel('In je eigen woorden').fill('Nog een van A');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  for (const tab of [page, tabB]) await expect(tab.locator('.top3-text')).toHaveText(['Van tab B', 'Van tab A', 'Nog een van A']);
  await page.goto('/');
  await expect(page.locator('.top3-list li')).toHaveText(['Van tab B', 'Van tab A', 'Nog een van A']);
});

test('two tabs: a stale tab that adds to the top 3 keeps the other tab\u2019s item (no messages between tabs)', async ({ page }) => {
  // Without the channel between tabs (as in a browser without BroadcastChannel), a write must still merge.
  await page.context().addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
  const tabB = await twoTabs(page, '/top3');
  // Tab B has read its (empty) list before A writes; otherwise its first read would simply see A's item.
  await expect(tabB.getByText('Je top 3 is nog leeg.')).toBeVisible();
  await page.getByLabel('In je eigen woorden').fill('Van tab A');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('.top3-item')).toHaveCount(1);
  await expect(tabB.locator('.top3-item')).toHaveCount(0);
  await tabB.getByLabel('In je eigen woorden').fill('Van tab B');
  await tabB.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(tabB.locator('.top3-text')).toHaveText(['Van tab A', 'Van tab B']);
  await page.reload();
  await expect(page.locator('.top3-text')).toHaveText(['Van tab A', 'Van tab B']);
});

test('two tabs: a stale tab that writes an answer keeps the other tab\u2019s text as an earlier version (no messages)', async ({
  page,
}) => {
  await page.context().addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
  const tabB = await twoTabs(page, '/module/aan-de-slag/4');
  const inA = exercise(page, 'meest-gebruikt').locator('textarea');
  const inB = exercise(tabB, 'meest-gebruikt').locator('textarea');
  await inA.fill('Geschreven in tab A.');
  await expectSavedIn(page, 'meest-gebruikt');
  await inB.fill('Geschreven in tab B.');
  await expectSavedIn(tabB, 'meest-gebruikt');
  await expect(exercise(tabB, 'meest-gebruikt').locator('.earlier-versions')).toContainText('Geschreven in tab A.');
  await page.reload();
  await expect(inA).toHaveValue('Geschreven in tab B.');
  await expect(exercise(page, 'meest-gebruikt').locator('.earlier-versions')).toContainText('Geschreven in tab A.');
});

test('"Mijn antwoorden" and the progress on the start page follow what another tab does', async ({ page }) => {
  const tabB = await twoTabs(page, '/answers');
  await expect(tabB.getByText('Je hebt nog geen antwoorden')).toBeVisible();
  const home = await page.context().newPage();
  await home.goto('/');
  const card = home.locator('.module-card', { hasText: 'Aan de slag' });
  await expect(card).toContainText('Nog niet begonnen');
  await navigate(page, '/module/aan-de-slag/4');
  await exercise(page, 'meest-gebruikt').locator('textarea').fill('Geschreven in een ander tabblad');
  await expectSavedIn(page, 'meest-gebruikt');
  await expect(tabB.getByText('Geschreven in een ander tabblad')).toBeVisible();
  await expect(card).toContainText('Mee bezig');
});
