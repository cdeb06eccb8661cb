// A trainer writes, shares and adapts modules in the app itself, at tablet size, in Dutch.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  MODULE_ID,
  expectSaved,
  makeProfile,
  navigate,
  openReflection,
  useAsClassTablet,
  useAsOwnDevice,
  waitForOffline,
} from './helpers.ts';

const ONLINE_DATEN = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');
const TABLET = { width: 768, height: 1024 };
const SHOTS = 'test-results/module-editor';

test.use({ viewport: TABLET });

async function openTrainerSettings(page: Page, pin = '9999'): Promise<void> {
  await page.getByRole('button', { name: 'Voor de trainer' }).click();
  await page.getByLabel('Pincode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer-instellingen' })).toBeVisible();
}

const editorText = (page: Page) => page.getByLabel('Tekst van de module');
const problems = (page: Page) => page.locator('.editor-problems .problem');

/** Types a version of the module; the trainer reads exactly one problem, this one. */
async function expectOneProblem(page: Page, text: string, problem: string): Promise<void> {
  await editorText(page).fill(text);
  await expect(problems(page)).toHaveText([problem]);
  await expect(page.getByText('1 probleem. Los het op, dan kun je de module toevoegen.')).toBeVisible();
}

test('a trainer writes "Online daten", a participant answers it, and it opens offline on a second tablet', async ({ page, browser }) => {
  await useAsClassTablet(page);
  await openTrainerSettings(page);
  await page.getByRole('link', { name: 'Modules maken en aanpassen' }).click();
  await expect(page.getByRole('heading', { name: 'Modules maken en aanpassen', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Nieuwe module' }).click();
  await page.getByRole('button', { name: '+ Scenario' }).click();
  await expect(editorText(page)).toHaveValue(/:::scenario id=situatie-1\n/);

  await editorText(page).fill(ONLINE_DATEN);
  await expect(page.getByText('Geen problemen gevonden. Je kunt de module toevoegen.')).toBeVisible();
  const preview = page.locator('.editor-preview');
  await expect(preview.getByText('Wat hoop je te vinden als je online datet?')).toBeVisible();
  await expect(preview.getByText('Je match wil snel afspreken, bij hem thuis. Wat doe je?')).toBeVisible();
  await expect(page.getByText('Er is nog geen Engelse tekst; Engelstalige deelnemers zien de Nederlandse.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/editor-768.png`, fullPage: true });
  // Smaller pictures for modules/README.md.
  await page.locator('.block-buttons').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/readme-editor.png` });
  await page.locator('.editor-preview').screenshot({ path: `${SHOTS}/readme-preview.png` });

  // The three typical mistakes: one Dutch message each.
  await expectOneProblem(
    page,
    ONLINE_DATEN.replace('online datet?\n:::\n', 'online datet?\n'),
    'Regel 23: Het blok ":::reflection" wordt niet afgesloten. Zet een regel met alleen ::: na de laatste regel van het blok.',
  );
  await page.screenshot({ path: `${SHOTS}/editor-problem-768.png` });
  await expectOneProblem(
    page,
    ONLINE_DATEN.replace('id=wat-deel-ik-niet', 'id=wat-zoek-ik'),
    'Regel 27: De id "wat-zoek-ik" wordt twee keer gebruikt (ook op regel 23). Geef elke oefening een eigen id; verander nooit de id van een oefening die al gebruikt wordt.',
  );
  await expectOneProblem(
    page,
    ONLINE_DATEN.replace(':::scenario', ':::senario'),
    'Regel 31: Onbekend blok ":::senario". Bedoel je ":::scenario"? Kijk de spelling na.',
  );
  await page.locator('.editor-problems').screenshot({ path: `${SHOTS}/readme-problem.png` });
  // "Ga naar regel": the line is selected in the text.
  await problems(page).getByRole('button', { name: 'Regel 31' }).click();
  expect(await editorText(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
    ':::senario id=eerste-afspraak',
  );

  await editorText(page).fill(ONLINE_DATEN);
  await page.getByRole('button', { name: 'Toevoegen aan het werkboek' }).click();
  await expect(page.getByText('Online daten staat nu in het werkboek.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar als bestand Online daten' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('online-daten.zinvol.txt');
  const filePath = `${SHOTS}/online-daten.zinvol.txt`;
  await saved.saveAs(filePath);
  expect(readFileSync(filePath, 'utf8')).toBe(ONLINE_DATEN);

  // In the course plan, in its order.
  await navigate(page, '/');
  await openTrainerSettings(page);
  await expect(page.getByRole('checkbox', { name: 'Online daten' })).toBeChecked();
  await page.getByRole('button', { name: 'Sluiten' }).click();

  // A participant answers it.
  await makeProfile(page, 'Noor', '2468');
  await page.getByRole('link', { name: /Online daten/ }).click();
  await page.getByRole('button', { name: /Volgende/ }).click();
  await page.getByRole('textbox', { name: 'Wat hoop je te vinden als je online datet?' }).fill('Iemand om mee te wandelen.');
  await expectSaved(page);
  await page.getByRole('radio', { name: /Ik stel een café voor/ }).check();
  await expect(page.getByText('Goed plan. Zo houd je zelf de regie.')).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // A second, fresh tablet opens the file and uses it offline.
  const other = await browser.newContext({ viewport: TABLET, locale: 'nl-NL' });
  const second = await other.newPage();
  await useAsOwnDevice(second);
  await waitForOffline(second);
  await navigate(second, '/settings');
  await second.getByRole('link', { name: 'Modules maken en aanpassen' }).click();
  const started = Date.now();
  await second.getByLabel('Kies een modulebestand').setInputFiles(filePath);
  await expect(second.getByText('Online daten staat nu in het werkboek.')).toBeVisible();
  console.info(`opening a module file until usable: ${Date.now() - started} ms`);
  await other.setOffline(true);
  await second.goto('/');
  await second.getByRole('link', { name: /Online daten/ }).click();
  await second.getByRole('button', { name: /Volgende/ }).click();
  await second.getByRole('textbox', { name: 'Wat vertel je liever pas als je iemand echt hebt ontmoet?' }).fill('Mijn adres.');
  await expectSaved(second);
  expect(await second.evaluate(() => navigator.onLine)).toBe(false);
  await other.close();
});

test('a trainer adapts a built-in module with a local helpline; answers stay; the original comes back', async ({ page }) => {
  await useAsOwnDevice(page);
  const { url, textarea } = await openReflection(page);
  await textarea.fill('Mijn antwoord van vorige week.');
  await expectSaved(page);

  await navigate(page, '/editor');
  await page.getByRole('button', { name: 'Aanpassen Jezelf laten zien' }).click();
  await expect(editorText(page)).toHaveValue(/id: jezelf-laten-zien/);
  const original = await editorText(page).inputValue();
  const helpline = 'Wil je erover praten? Bel de [Steunlijn Utrecht](tel:0301234567).';
  await editorText(page).fill(original.replace('\n## Waarom jezelf laten zien?', `\n${helpline}\n\n## Waarom jezelf laten zien?`));
  await expect(page.getByText('Geen problemen gevonden. Je kunt de module toevoegen.')).toBeVisible();
  await expect(page.locator('.editor-preview').getByRole('link', { name: 'Steunlijn Utrecht' })).toBeVisible();
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(page.getByText('De wijzigingen in Jezelf laten zien zijn bewaard. Deelnemers zien ze meteen.')).toBeVisible();
  await expect(page.getByText('Aangepast')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/list-768.png`, fullPage: true });

  await navigate(page, `/module/${MODULE_ID}/1`);
  await expect(page.getByRole('link', { name: 'Steunlijn Utrecht' })).toHaveAttribute('href', 'tel:0301234567');
  await navigate(page, new URL(url).pathname);
  await expect(page.locator('textarea').first()).toHaveValue('Mijn antwoord van vorige week.');

  await navigate(page, '/editor');
  await page.getByRole('button', { name: 'Origineel terugzetten Jezelf laten zien' }).click();
  await page.getByRole('button', { name: 'Ja, origineel terugzetten' }).click();
  await expect(page.getByText('Het origineel van Jezelf laten zien staat weer in het werkboek.')).toBeVisible();
  await navigate(page, `/module/${MODULE_ID}/1`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Steunlijn Utrecht' })).toHaveCount(0);
  await navigate(page, new URL(url).pathname);
  await expect(page.locator('textarea').first()).toHaveValue('Mijn antwoord van vorige week.');
});

test('the editor with its preview on a phone, and zero axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await useAsOwnDevice(page);
  await navigate(page, '/editor');
  await page.getByRole('button', { name: 'Nieuwe module' }).click();
  await editorText(page).fill(ONLINE_DATEN.replace(':::scenario', ':::senario'));
  await expect(problems(page)).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/editor-360.png`, fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // No horizontal scroll at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Typing never loses work: the draft is back after a reload.
  await expect(page.getByText('Concept bewaard op dit apparaat')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Je was nog bezig. Hier is je concept.')).toBeVisible();
  await expect(editorText(page)).toHaveValue(ONLINE_DATEN.replace(':::scenario', ':::senario'));
});
