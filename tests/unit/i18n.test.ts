import { describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n, loadScreenStrings, preferredLanguage } from '../../src/i18n/index.ts';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import editorEn from '../../src/screens/editor/strings.en.json';
import editorNl from '../../src/screens/editor/strings.nl.json';
import firstScreenStrings from '../../src/i18n/locales/nl.json?first';
import rest from '../../src/i18n/locales/nl.json?rest';
import { FIRST_SCREEN_SECTIONS } from '../../src/i18n/first-screen.ts';
import { smallT } from '../../src/i18n/small-t.ts';
import { t as i18nextT, changeLanguage as i18nextLanguage, start } from '../../src/i18n/i18next.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('languages', () => {
  it('Dutch and English have exactly the same UI strings', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const key of keys(en))
      expect(
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en),
        key,
      ).not.toBe('');
  });

  it('the module editor has the same strings in Dutch and English', () => {
    expect(keys(editorEn).sort()).toEqual(keys(editorNl).sort());
  });

  it('is Dutch by default, English when the browser prefers it, and what the client chose', () => {
    expect(preferredLanguage(null, [])).toBe('nl');
    expect(preferredLanguage(null, ['de-DE', 'fr'])).toBe('nl');
    expect(preferredLanguage(null, ['en-GB', 'nl'])).toBe('en');
    expect(preferredLanguage(null, ['nl-BE', 'en'])).toBe('nl');
    expect(preferredLanguage('nl', ['en-US'])).toBe('nl');
    expect(preferredLanguage('en', ['nl-NL'])).toBe('en');
  });

  it("starts with only the first screen's strings, and has every string once the screens' part is loaded", async () => {
    const first = await initI18n('nl');
    expect(first('home.title')).toBe(nl.home.title);
    expect(first('print.title')).toBe('print.title');
    await loadScreenStrings();
    expect(first('print.title')).toBe(nl.print.title);
    const english = await changeLanguage('en');
    expect(english('home.title')).toBe(en.home.title);
    expect(english('print.title')).toBe(en.print.title);
    await changeLanguage('nl');
  });

  it('renders again when i18next takes over only if the first lookup missed a key', async () => {
    for (const [key, renders] of [
      ['home.title', 0],
      ['print.title', 1],
    ] as const) {
      // A fresh start each time: i18next, once loaded, stays in charge.
      vi.resetModules();
      const i18n = await import('../../src/i18n/index.ts');
      const t = await i18n.initI18n('nl');
      let rendered = 0;
      i18n.onStringsChange(() => rendered++);
      t(key);
      await i18n.loadScreenStrings();
      expect(rendered, key).toBe(renders);
      expect(i18n.currentT() === t, key).toBe(renders === 0);
      // Either way, from now on every key has its text.
      expect(t('print.title')).toBe(nl.print.title);
    }
  });

  it("the Dutch strings are split in two without overlap: the first screen's sections and the rest", () => {
    expect(Object.keys(firstScreenStrings).sort()).toEqual([...FIRST_SCREEN_SECTIONS].sort());
    expect({ ...firstScreenStrings, ...rest }).toEqual(nl);
    expect(Object.keys(rest).filter((section) => section in firstScreenStrings)).toEqual([]);
  });

  it("the first screen's small lookup gives the same text as i18next, plurals and placeholders too", async () => {
    await start('nl', []);
    const options = { count: 1, name: 'Sam', number: 3, text: 'x', title: 'T', date: 'd', max: 9, place: 'p', percent: 40 };
    for (const [language, tables] of [
      ['nl', [firstScreenStrings]],
      ['en', [en, firstScreenStrings]],
    ] as const) {
      await i18nextLanguage(language);
      const small = smallT(language, [...tables]);
      const plain = keys(firstScreenStrings).map((key) => key.replace(/_(one|other)$/, ''));
      expect(plain.length).toBeGreaterThan(50);
      for (const key of new Set(plain)) {
        for (const count of [0, 1, 2, 7]) expect(small(key, { ...options, count }), key).toBe(i18nextT(key, { ...options, count }));
        expect(small(key), key).toBe(i18nextT(key));
      }
      expect(small('no.such.key')).toBe('no.such.key');
    }
    await i18nextLanguage('nl');
  });
});
