// The trainer prints her course's booklets from the trainer settings, without a profile:
// printed to PDF with Chromium and read back per page with pdftotext and pdfinfo (poppler-utils).
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { prepareFirstTablet, Taps } from './course-helpers.ts';

interface Printed {
  file: string;
  pages: string[];
  info: string;
}

async function printToPdf(page: Page, name: string): Promise<Printed> {
  const preview = page.locator('.print-preview-section');
  await expect(preview).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(preview).toHaveAttribute('data-overflowing', '0');
  const file = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '6', file, test.info().outputPath(name)]);
  expect(Number(/^Pages: +(\d+)/m.exec(info)?.[1])).toBe(pages.length);
  expect(pages.length).toBe(Number(await preview.getAttribute('data-pages')));
  return { file, pages, info };
}

/** The text of one half of a landscape PDF page (a folded booklet's left or right A5 page). */
function half(file: string, pdfPage: number, side: 'left' | 'right'): string {
  const x = side === 'left' ? '0' : '421';
  return execFileSync(
    'pdftotext',
    ['-f', String(pdfPage), '-l', String(pdfPage), '-x', x, '-y', '0', '-W', '421', '-H', '595', '-layout', file, '-'],
    {
      encoding: 'utf8',
    },
  );
}

/** The page number in the footer: the last number alone on a line. */
const footer = (text: string) => Number([...text.matchAll(/^\s*(\d+)\s*$/gm)].pop()?.[1] ?? NaN);

async function openPrintFromTrainerSettings(page: Page): Promise<void> {
  await page.getByLabel('FOMO en balans', { exact: true }).uncheck();
  await page.getByRole('link', { name: 'Werkboek afdrukken' }).click();
  await expect(page.getByRole('heading', { name: 'Afdrukken', level: 1 })).toBeVisible();
}

test("blank workbook and trainer's edition without a profile: branded cover, the course's route, notes before each module", async ({
  page,
}) => {
  await prepareFirstTablet(page, new Taps());
  await openPrintFromTrainerSettings(page);
  // Without a profile there is no "my workbook" to print.
  await expect(page.getByLabel(/Mijn werkboek/)).toHaveCount(0);
  await expect(page.getByLabel(/Leeg werkboek/)).toBeChecked();

  const blank = await printToPdf(page, 'course-blank');
  const cover = blank.pages[0]!;
  for (const text of ['Herstelacademie De Brug', 'Zinvol online in De Brug', '1 februari 2027 – 8 februari 2027', 'Zinvol Online'])
    expect(cover).toContain(text);
  const first = blank.pages.find((text) => text.includes('Wie geven de cursus?'))!;
  expect(first).toMatch(/Marieke \(trainer\): 06-12345678/);
  expect(first).toMatch(/Joost \(ervaringsdeskundige\)/);
  expect(first).toMatch(/Bijeenkomst 2: 8 februari 2027/);
  expect(first).toMatch(/Crisisdienst De Brug 0900-1234567/);
  expect(first).toMatch(/113/);

  // "Jouw route": the course plan per session; a module left out of the course is not listed.
  const routePage = blank.pages.findIndex((text) => text.includes('Jouw route door het werkboek'));
  const route = blank.pages.slice(routePage, routePage + 2).join('\n');
  const routeText = route.slice(route.indexOf('Jouw route door het werkboek'));
  const order = [
    'Bijeenkomst 1: 1 februari 2027',
    'Aan de slag',
    'Bijeenkomst 2: 8 februari 2027',
    'Privacy en veiligheid',
    'Jezelf laten zien',
    'Ook in deze cursus',
    'Ruzie en misverstanden',
  ];
  const positions = order.map((text) => routeText.indexOf(text));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(routeText.slice(0, routeText.indexOf('Kom je een woord tegen'))).not.toContain('FOMO en balans');
  expect(blank.pages.find((text) => text.includes('Bronnen') && text.includes('Masterthesis Sociale media en herstel'))).toBeTruthy();
  expect(blank.pages.join('\n')).not.toMatch(/voor de trainer/i);

  // The trainer's edition: a module's notes before its first section.
  await page.getByLabel(/Notities voor de trainer/).check();
  const trainer = await printToPdf(page, 'course-trainer');
  const start = trainer.pages.findIndex((text) => /Onderdeel 1\b/i.test(text));
  const module1 = trainer.pages.slice(start, start + 3).join('\n');
  const note = module1.indexOf('Deelnemers krijgen zicht op hun eigen gebruik');
  expect(note).toBeGreaterThan(0);
  expect(note).toBeLessThan(module1.indexOf('Sociale media zijn apps en websites'));
  expect(trainer.pages[0]).toMatch(/editie voor trainers/i);

  // Printing made no profile.
  await page.goto('/');
  await expect(page.getByText('Er zijn nog geen profielen op deze tablet.')).toBeVisible();
});

test('double-sided: every part starts on a right-hand page; folded A5 booklet: pages in saddle-stitch order', async ({ page }) => {
  await prepareFirstTablet(page, new Taps());
  await openPrintFromTrainerSettings(page);
  await page.getByLabel('Dubbelzijdig: elk deel begint op een rechterpagina').check();
  const duplex = await printToPdf(page, 'course-duplex');
  const starts = duplex.pages.flatMap((text, index) =>
    /^\s*Onderdeel \d+\s*$/im.test(text) || /Wie geven de cursus\?|Op deze documenten zijn de teksten/.test(text) ? [index + 1] : [],
  );
  expect(starts.length).toBeGreaterThan(5);
  for (const number of starts) expect(number % 2, `part starting on page ${number}`).toBe(1);
  const blanks = duplex.pages.flatMap((text, index) => (text.trim() === '' ? [index + 1] : []));
  expect(blanks.length).toBeGreaterThan(0);
  for (const number of blanks) expect(number % 2, `blank page ${number}`).toBe(0);

  await page.getByLabel('A5', { exact: false }).first().check();
  await page.getByLabel("Boekje vouwen: twee A5-pagina's op elk A4-vel").check();
  const folded = await printToPdf(page, 'course-folded');
  expect(folded.info).toMatch(/Page size: +84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)/);
  const total = folded.pages.length * 2;
  expect(total % 4).toBe(0);
  // Sheet 1, front: the last page on the left, the cover (page 1) on the right.
  expect(half(folded.file, 1, 'right')).toContain('Zinvol online in De Brug');
  const lastLeft = half(folded.file, 1, 'left');
  expect(lastLeft.trim() === '' || footer(lastLeft) === total).toBe(true);
  // Sheet 1, back: page 2 on the left, page total-1 on the right.
  const back = [half(folded.file, 2, 'left'), half(folded.file, 2, 'right')];
  expect(back[0]!.trim() === '' || footer(back[0]!) === 2).toBe(true);
  expect(back[1]!.trim() === '' || footer(back[1]!) === total - 1).toBe(true);
  // Sheet 2, front: page total-2 and page 3.
  expect(footer(half(folded.file, 3, 'right'))).toBe(3);
});

test('the print screen without a profile closes when left alone, and a reload does not reopen it', async ({ page }) => {
  await page.clock.install();
  await prepareFirstTablet(page, new Taps());
  await openPrintFromTrainerSettings(page);
  await page.clock.fastForward('05:01');
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await page.goto('/print');
  await expect(page.getByRole('heading', { name: 'Afdrukken', level: 1 })).toHaveCount(0);
});
