import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import type { ModuleText } from '../../src/content/types.ts';
import { initI18n, loadScreenStrings, type TFunction } from '../../src/i18n/index.ts';
import { answerKeyOf, buildBooklet, type BookletInput, type Chapter } from '../../src/screens/print/booklet.tsx';
import type { AnswerValue } from '../../src/storage/index.ts';
import { GLOSSARY, GLOSSARY_SETTINGS, SETTINGS, writeModules } from './module-files.ts';

const MODULE = `---
title: Proef
summary: Een module om te testen.
---

Welkom bij de proef. Lees meer op [de site](https://www.example.org/hulp/) of op [113.nl](https://www.113.nl).

## Vragen

:::reflection id=vraag
Wat wil je laten zien?
:::

:::scenario id=situatie
Iemand is boos op je.
- Ik reageer boos. -> Dat maakt het vaak erger.
- Ik wacht even. -> Goed idee, zo kun je rustig nadenken.
:::

:::checklist id=lijst
Wat heb je al gedaan?
- Profiel bekeken
- Foto gekozen
:::

## Onthoud

:::remember
- Jij bepaalt wat je deelt.
:::

:::trainer
**Doel**

Deelnemers praten over delen.
:::
`;

let t: TFunction;
let text: ModuleText;
let glossary: ModuleText;

beforeAll(async () => {
  t = await initI18n('nl');
  await loadScreenStrings();
  const workbook = compileWorkbook(
    writeModules({
      'proef/module.yml': SETTINGS,
      'proef/nl.md': MODULE,
      'woorden/module.yml': GLOSSARY_SETTINGS,
      'woorden/nl.md': GLOSSARY,
    }),
  );
  expect(workbook.problems).toEqual([]);
  text = workbook.modules.find((m) => m.meta.id === 'proef')!.texts.nl!;
  glossary = workbook.modules.find((m) => m.meta.id === 'woorden')!.texts.nl!;
});

const ANSWERS = new Map<string, AnswerValue>([
  [answerKeyOf('proef', 'vraag'), { kind: 'text', text: 'Mijn <b>eigen</b> antwoord <script>alert(1)</script>' }],
  [answerKeyOf('proef', 'situatie'), { kind: 'scenario', choice: 1, label: 'Ik wacht even.' }],
  [answerKeyOf('proef', 'lijst'), { kind: 'picked', picked: [1], labels: ['Foto gekozen'] }],
]);

function booklet(options: Partial<BookletInput> = {}) {
  return buildBooklet({
    t,
    language: 'nl',
    edition: 'mine',
    trainer: false,
    modules: [{ number: 1, text, summary: 'Een module om te testen.', sources: [], themes: ['Hoop'] }],
    glossary: null,
    answers: ANSWERS,
    top3: [{ text: 'Eerst ademhalen <i>echt</i>', addedAt: 1 }],
    name: 'Sam',
    date: new Date(2026, 10, 23),
    course: null,
    route: null,
    moduleTitles: [],
    ...options,
  });
}

const html = (chapter: Chapter | undefined) => chapter!.units.map((unit) => renderToString(unit.render())).join('\n');
const plain = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the print booklet', () => {
  it('"my workbook" has my answers, as text, and marks what I chose', () => {
    const book = booklet();
    const markup = html(book.chapters[0]);
    expect(plain(markup)).toContain('Mijn <b>eigen</b> antwoord <script>alert(1)</script>');
    expect(markup).not.toContain('<b>eigen');
    expect(markup).not.toContain('<script');
    // The chosen scenario choice with its feedback; the checked box.
    expect(plain(markup)).toContain('Ik wacht even. (Jouw keuze)');
    expect(plain(markup)).toContain('Goed idee, zo kun je rustig nadenken.');
    expect(plain(markup)).not.toContain('Dat maakt het vaak erger.');
    expect(markup.match(/pb-mark pb-mark-box on/g)).toHaveLength(2);
    expect(renderToString(book.cover())).toContain('Dit werkboek is van Sam');
    expect(renderToString(book.cover())).toContain('23 november 2026');
    const top3 = html(book.chapters.at(-1));
    expect(plain(top3)).toContain('De top 3 van Sam');
    expect(plain(top3)).toContain('Eerst ademhalen <i>echt</i>');
  });

  it('"blank workbook" has lines to write on and boxes to tick, and none of my answers', () => {
    const book = booklet({ edition: 'blank' });
    const markup = html(book.chapters[0]);
    expect(markup).not.toContain('eigen');
    expect(markup).not.toContain('Jouw keuze');
    expect(markup).not.toContain(' on"');
    expect(markup.match(/class="pb-line"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(plain(markup)).toContain('Zet een kruisje bij wat jij zou doen.');
    expect(renderToString(book.cover())).toContain('Dit werkboek is van:');
    expect(renderToString(book.cover())).not.toContain('Sam');
    const top3 = html(book.chapters.at(-1));
    expect(top3).not.toContain('ademhalen');
    expect(top3.match(/class="pb-line"/g)).toHaveLength(6);
  });

  it('has trainer notes and the feedback of every choice only in the trainer edition', () => {
    expect(html(booklet().chapters[0])).not.toContain('Deelnemers praten over delen.');
    const trainer = plain(html(booklet({ edition: 'blank', trainer: true }).chapters[0]));
    expect(trainer).toContain('Voor de trainer');
    expect(trainer).toContain('Deelnemers praten over delen.');
    expect(trainer).toContain('Bij deze keuze: Dat maakt het vaak erger.');
    expect(trainer).toContain('Bij deze keuze: Goed idee, zo kun je rustig nadenken.');
    // The notes and the module's recovery themes come before the module's own text.
    expect(trainer).toContain("Herstelthema's (CHIME): Hoop");
    expect(trainer.indexOf('Deelnemers praten over delen.')).toBeLessThan(trainer.indexOf('Bij deze keuze'));
  });

  it('prints links as short readable addresses, and glossary words as plain words', () => {
    const printed = plain(html(booklet().chapters[0]));
    expect(printed).toContain('de site (example.org/hulp)');
    expect(printed).toContain('op 113.nl .');
    expect(printed).not.toContain('https://');
    const markup = html(booklet({ glossary }).chapters[1]);
    expect(plain(markup)).toContain('liken Laten zien dat je iets leuk vindt.');
    expect(markup).not.toContain('<button');
  });

  it('says "Onthoud" once above the summary, and keeps headings with what follows', () => {
    const chapter = booklet().chapters[0]!;
    expect(plain(html(chapter)).match(/Onthoud/g)).toHaveLength(1);
    const headings = chapter.units.filter((unit) => unit.keep);
    expect(headings.map((unit) => unit.className)).toEqual(['pu-chapter', 'pu-section', 'pu-section']);
    // With trainer notes, "**Doel**" is a small heading inside the box: kept with its text.
    const trainer = booklet({ trainer: true }).chapters[0]!;
    expect(trainer.units.filter((unit) => unit.keep && unit.group)).toHaveLength(1);
  });

  it('has a table of contents with the page each chapter starts on', () => {
    const book = booklet({ glossary });
    expect(book.chapters.map((chapter) => chapter.kind)).toEqual(['module', 'glossary', 'top3']);
    const pages: Record<string, number> = { 'module-proef': 3, glossary: 7, top3: 9 };
    const contents = plain(html(book.contents((id) => pages[id])));
    expect(contents).toContain('Inhoud 1 Proef 3 Woorden 7 Mijn top 3 9');
    expect(plain(html(book.contents(() => undefined)))).toContain('Inhoud 1 Proef Woorden Mijn top 3');
  });
});
