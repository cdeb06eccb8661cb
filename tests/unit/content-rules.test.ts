// The workbook's promises about its content, checked on the real modules/ folder.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/types.ts';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import { THEME_WORDS } from '../../src/content/workbook.ts';

const { modules, glossary } = compileWorkbook(resolve('modules'));
const workbook = modules.filter((m) => m.meta.kind === 'workbook');
const blocksOf = (id: string, lang: 'nl' | 'en'): Block[] =>
  modules.find((m) => m.meta.id === id)!.texts[lang]!.sections.flatMap((s) => s.blocks);

describe('every workbook module', () => {
  it.each(workbook.map((m) => [m.meta.id]))('%s has what the issue asks for, in Dutch and English', (id) => {
    const module = workbook.find((m) => m.meta.id === id)!;
    expect(module.meta.languages).toEqual(['nl', 'en']);
    expect(module.meta.minutes).toBeGreaterThanOrEqual(10);
    expect(module.meta.minutes).toBeLessThanOrEqual(20);
    expect(module.meta.themes.length).toBeGreaterThan(0);
    expect(module.meta.sources.length).toBeGreaterThan(0);
    for (const lang of ['nl', 'en'] as const) {
      const blocks = blocksOf(id, lang);
      const count = (kind: Block['t']) => blocks.filter((b) => b.t === kind).length;
      expect(count('reflection'), `${id} ${lang} reflections`).toBeGreaterThanOrEqual(4);
      expect(count('scenario') + count('checklist') + count('scale'), `${id} ${lang} interactive`).toBeGreaterThanOrEqual(1);
      expect(count('tip'), `${id} ${lang} tips`).toBeGreaterThanOrEqual(1);
      expect(count('story'), `${id} ${lang} stories`).toBeGreaterThanOrEqual(1);
      expect(count('remember'), `${id} ${lang} remember`).toBe(1);
      expect(count('trainer'), `${id} ${lang} trainer notes`).toBeGreaterThanOrEqual(1);
      // The introduction comes first and says what the module offers.
      expect(module.texts[lang]!.sections[0]!.title).toBeNull();
    }
  });
});

describe('the workbook as a whole', () => {
  it('has the nine modules in order, with the glossary last, then the course notes for trainers', () => {
    expect(modules.map((m) => m.meta.id)).toEqual([
      'aan-de-slag',
      'jezelf-laten-zien',
      'privacy-en-veiligheid',
      'ruzie-en-misverstanden',
      'fomo-en-balans',
      'contact-en-verbinding',
      'welk-platform-past-bij-mij',
      'als-het-misgaat',
      'woordenlijst',
      'cursus-voor-trainers',
    ]);
  });

  it('uses every exercise type in "Jezelf laten zien"', () => {
    const kinds = new Set(blocksOf('jezelf-laten-zien', 'nl').map((b) => b.t));
    for (const kind of ['reflection', 'checklist', 'choose', 'scale', 'scenario', 'tip'] as const) expect(kinds).toContain(kind);
  });

  it('explains at least 40 words in the glossary, in both languages, including the basics', () => {
    expect(glossary.nl!.length).toBeGreaterThanOrEqual(40);
    expect(glossary.en!.map((t) => t.id).sort()).toEqual(glossary.nl!.map((t) => t.id).sort());
    const ids = glossary.nl!.map((t) => t.id);
    for (const id of [
      'liken',
      'taggen',
      'blokkeren',
      'delen',
      'volgen',
      'ontvolgen',
      'prive-account',
      'tijdlijn',
      'story',
      'dm',
      'hashtag',
      'melden',
      'phishing',
      'grooming',
      'fomo',
      'algoritme',
      'influencer',
      'screenshot',
      'tweestapsverificatie',
    ]) {
      expect(ids).toContain(id);
    }
    for (const term of glossary.nl!) expect(term.text.length, term.id).toBeGreaterThan(10);
  });

  it('explains each theme of the module cards in the glossary, in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const ids = glossary[language]!.map((t) => t.id);
      for (const word of Object.values(THEME_WORDS)) expect(ids, language).toContain(word);
    }
  });

  it("has a help page with the client's own contact list", () => {
    const helpModule = modules.find((m) => m.meta.exercises.some((e) => e.kind === 'contacts'));
    expect(helpModule?.meta.id).toBe('als-het-misgaat');
  });
});
