// The printed booklet: printed to PDF with Chromium and read back with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { makeProfile, navigate, useAsClassTablet, useAsOwnDevice } from './helpers.ts';

// ——— What is in the module files ———

interface ModuleFacts {
  id: string;
  title: string;
  exercises: { kind: string; id: string }[];
  /** One sentence of each trainer note. */
  trainerNotes: string[];
}

const MODULES: ModuleFacts[] = readdirSync('modules')
  .filter((folder) => !folder.startsWith('_') && !folder.includes('.'))
  .sort()
  .map((folder) => {
    const settings = readFileSync(join('modules', folder, 'module.yml'), 'utf8');
    const text = readFileSync(join('modules', folder, 'nl.md'), 'utf8');
    return {
      id: /^id: *(\S+)/m.exec(settings)![1]!,
      kind: /^kind: *(glossary|course)/m.exec(settings)?.[1] ?? 'workbook',
      title: /^title: *(.+)$/m.exec(text)![1]!.trim(),
      exercises: [...text.matchAll(/^:::(reflection|checklist|choose|scale|scenario|contacts) id=([a-z0-9-]+)/gm)].map((m) => ({
        kind: m[1]!,
        id: m[2]!,
      })),
      trainerNotes: [...text.matchAll(/^:::trainer\n([\s\S]*?)^:::$/gm)].map((m) => firstSentence(m[1]!)),
    };
  })
  .filter((module) => module.kind === 'workbook');

/** The start of the goal in a trainer note: "Deelnemers …" (every note has one). */
function firstSentence(note: string): string {
  // (Course notes, kind: course, are filtered out below and need not have one.)
  return /Deelnemers [^.*\n]{10,50}/.exec(note)?.[0] ?? '';
}

const answerOf = (n: number) => `Dit is mijn antwoord nummer ${n} voor thuis.`;
const TOP3 = ['Ik wacht met posten als ik boos ben.', 'Ik bel eerst mijn zus.'];

/** A saved answers file with an answer for every exercise of every module. */
function answersFile(): Buffer {
  let n = 0;
  const answers = MODULES.flatMap((module) =>
    module.exercises.map(({ kind, id }) => {
      const value =
        kind === 'reflection'
          ? { kind: 'text', text: answerOf(++n) }
          : kind === 'scale'
            ? { kind: 'scale', value: 3, label: '', steps: 5 }
            : kind === 'scenario'
              ? { kind: 'scenario', choice: 1, label: '' }
              : kind === 'contacts'
                ? { kind: 'contacts', rows: [{ name: 'Oom Kees', phone: '06 1234 5678', note: 'Als ik het even niet weet' }] }
                : { kind: 'picked', picked: [0], labels: [''] };
      return { moduleId: module.id, exerciseId: id, prompt: id, value, updatedAt: 1 };
    }),
  );
  const top3 = TOP3.map((text, index) => ({ text, addedAt: index + 1 }));
  const file = {
    format: 'zinvol-online-export',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-01-01T00:00:00Z',
    encrypted: false,
  };
  return Buffer.from(JSON.stringify({ ...file, data: { answers, top3, progress: [] } }));
}
const REFLECTIONS = MODULES.flatMap((m) => m.exercises).filter((e) => e.kind === 'reflection').length;

async function importAnswers(page: Page, withReload: boolean): Promise<void> {
  if (withReload) await page.goto('/my-data');
  else await navigate(page, '/my-data');
  await page.getByLabel('Kies een bestand').setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: answersFile() });
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByText(/Klaar\. \d+ antwoorden/)).toBeVisible();
}

// ——— Printing and reading back ———

interface Printed {
  /** The text of each page, as laid out (pdftotext -layout). */
  pages: string[];
  /** All text, with line breaks and hyphenation at line ends undone. */
  all: string;
  ms: number;
  pageSize: string;
}

async function printToPdf(page: Page, name: string): Promise<Printed> {
  const preview = page.locator('.print-preview-section');
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(preview).toHaveAttribute('data-overflowing', '0');
  const file = test.info().outputPath(`${name}.pdf`);
  const start = Date.now();
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - start;
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // The first pages as pictures, to look at (test-results/…).
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', file, test.info().outputPath(name)]);
  expect(Number(/^Pages: +(\d+)/m.exec(info)?.[1])).toBe(Number(await preview.getAttribute('data-pages')));
  console.log(`${name}: ${pages.length} pages, page.pdf() took ${ms} ms`);
  return { pages, all: flatten(pages.join('\n')), ms, pageSize: /^Page size: +(.*)$/m.exec(info)?.[1] ?? '' };
}

function flatten(text: string): string {
  return text
    .replace(/(\p{L})-\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks the table of contents, the page numbers, and every module title. Returns where each module starts. */
function checkStructure(printed: Printed, titles: readonly string[]): Map<string, number> {
  const { pages } = printed;
  // Page numbers in the footer run 2, 3, 4… without gaps (the cover has none); no page is empty.
  pages.forEach((text, index) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (index === 0) return expect(lines.length, 'cover').toBeGreaterThan(1);
    expect(lines.at(-1)?.trim(), `footer of page ${index + 1}`).toBe(String(index + 1));
    expect(lines.length, `page ${index + 1} has text`).toBeGreaterThan(1);
  });
  // The table of contents on page 2 lists every module with the page it starts on.
  const contents = pages[1]!.split('\n');
  expect(contents.some((line) => /Inhoud/.test(line))).toBe(true);
  const starts = new Map<string, number>();
  titles.forEach((title, index) => {
    const line = contents.find((l) => l.includes(title));
    expect(line, `"${title}" in the table of contents`).toBeDefined();
    const pageNumber = Number(/(\d+)\s*$/.exec(line!)?.[1]);
    starts.set(title, pageNumber);
    const start = flatten(pages[pageNumber - 1] ?? '');
    expect(start, `page ${pageNumber} starts "${title}"`).toMatch(new RegExp(`^ONDERDEEL \\d+ ${escape(title)}`));
    if (index > 0) expect(pageNumber).toBeGreaterThan(starts.get(titles[index - 1]!)!);
  });
  expect(printed.all).toContain('Mijn top 3');
  return starts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function openPrint(page: Page) {
  return expect(page.getByRole('heading', { level: 1, name: 'Afdrukken' })).toBeVisible();
}

// ——— The booklets ———

test('all modules, blank workbook, A4: every module with its page, and none of my answers', async ({ page }) => {
  await useAsOwnDevice(page);
  await importAnswers(page, true);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await openPrint(page);
  await page.getByLabel(/Leeg werkboek/).check();
  await page.getByLabel(/woordenlijst/).check();

  const printed = await printToPdf(page, 'blank-a4');
  expect(printed.pageSize).toContain('(A4)');
  checkStructure(
    printed,
    MODULES.map((m) => m.title),
  );
  const contents = printed.pages[1]!;
  expect(contents).toMatch(/Woordenlijst\s.*\d+/);
  // Blank: no answers, no top 3, no name, no trainer notes; room to write and tick.
  expect(printed.all).not.toContain('antwoord nummer');
  expect(printed.all).not.toContain('Oom Kees');
  for (const tip of TOP3) expect(printed.all).not.toContain(tip);
  for (const note of MODULES.flatMap((m) => m.trainerNotes)) expect(printed.all).not.toContain(note);
  expect(printed.all).toContain('Dit werkboek is van:');
  expect(printed.all).toContain('Zet een kruisje bij wat jij zou doen.');
  expect(printed.all).toContain('Zet een rondje om het cijfer dat past.');
  // Interactive parts do not print.
  expect(printed.all).not.toMatch(/Zet in mijn top 3|Volgende|Bewaard op dit apparaat|Afdrukken/);
});

test('all modules, my workbook, A5: my answers, my name and my top 3', async ({ page }) => {
  await useAsClassTablet(page);
  await makeProfile(page, 'Samira', '1357');
  await importAnswers(page, false);
  await navigate(page, '/print');
  await openPrint(page);
  await page.getByLabel(/^A5/).check();

  const printed = await printToPdf(page, 'mine-a5');
  expect(printed.pageSize).toContain('(A5)');
  checkStructure(
    printed,
    MODULES.map((m) => m.title),
  );
  const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());
  expect(flatten(printed.pages[0]!)).toContain(`Dit werkboek is van Samira Afgedrukt op ${date}`);
  for (let n = 1; n <= REFLECTIONS; n++) expect(printed.all).toContain(answerOf(n));
  expect(printed.all).toContain('Oom Kees');
  expect(printed.all).toContain('(Jouw keuze)');
  for (const note of MODULES.flatMap((m) => m.trainerNotes)) expect(printed.all).not.toContain(note);
  // The top 3 card is on the last page.
  const last = flatten(printed.pages.at(-1)!);
  expect(last).toContain('De top 3 van Samira');
  for (const tip of TOP3) expect(last).toContain(tip);
  // Links as short addresses.
  expect(printed.all).toContain('113.nl');
  expect(printed.all).not.toContain('https://');

  // Text on A5 paper is at least 11 pt.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.print-preview .sheet *')]
      .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((el) => ({ text: el.textContent?.slice(0, 30), pt: (parseFloat(getComputedStyle(el).fontSize) * 72) / 96 }))
      .filter((el) => el.pt < 10.99),
  );
  expect(small).toEqual([]);
  // No heading is left alone at the bottom of a page.
  expect(await page.locator('.print-preview .sheet-body > .pu:last-child[data-keep]').count()).toBe(0);
  // As printed: every page's text fits inside its page.
  await page.emulateMedia({ media: 'print' });
  const tooFull = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.print-preview .sheet-body')].filter((b) => b.scrollHeight > b.clientHeight + 1).length,
  );
  expect(tooFull).toBe(0);
});

test("one module, trainer's edition: the trainer notes are there", async ({ page }) => {
  const module = MODULES.find((m) => m.id === 'jezelf-laten-zien')!;
  await useAsOwnDevice(page);
  await page.goto('/print');
  await openPrint(page);
  await page.getByLabel(/Leeg werkboek/).check();
  await page.getByLabel('Zelf kiezen').check();
  await expect(page.getByText('Kies minstens één onderdeel.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeDisabled();
  await page.getByLabel(module.title, { exact: true }).check();
  await page.getByLabel(/Notities voor de trainer/).check();

  const printed = await printToPdf(page, 'trainer-one-module');
  const starts = checkStructure(printed, [module.title]);
  expect(starts.get(module.title)).toBe(3);
  expect(printed.all).toContain('EDITIE VOOR TRAINERS');
  expect(printed.all).toContain('VOOR DE TRAINER');
  for (const note of module.trainerNotes) expect(printed.all).toContain(note);
  for (const other of MODULES.filter((m) => m !== module)) expect(printed.all).not.toContain(`ONDERDEEL ${MODULES.indexOf(other) + 1} `);
  expect(printed.all).toContain('Bij deze keuze:');

  // The button opens the browser's print window.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

// ——— The print screen itself ———

test('the print screen has zero axe violations and fits a phone and a tablet', async ({ page }) => {
  await useAsOwnDevice(page);
  for (const [name, viewport] of Object.entries({ phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 } })) {
    await page.setViewportSize(viewport);
    await page.goto('/print');
    await openPrint(page);
    await page.getByLabel('Zelf kiezen').check();
    await page.getByLabel('Aan de slag', { exact: true }).check();
    await expect(page.locator('.print-preview-section')).toHaveAttribute('data-ready', 'true');
    await page.screenshot({ path: test.info().outputPath(`print-${name}.png`) });
    await expectNoAxeViolations(page, name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
});
