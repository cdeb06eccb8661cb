import { describe, expect, it } from 'vitest';
import { checkText, clientTextUnits, longPages } from '../../src/pipeline/check-content.ts';
import { measure, splitSentences, syllables } from '../../src/pipeline/readability.ts';
import type { Block, ModuleText } from '../../src/content/types.ts';

describe('sentences and syllables', () => {
  it('splits a paragraph into sentences, but not at abbreviations', () => {
    expect(splitSentences('Je deelt een foto. Wie ziet die? Denk daar even over na!')).toEqual([
      'Je deelt een foto.',
      'Wie ziet die?',
      'Denk daar even over na!',
    ]);
    expect(splitSentences('Kijk bijv. naar je profiel. Dat helpt.')).toEqual(['Kijk bijv. naar je profiel.', 'Dat helpt.']);
    expect(splitSentences('Om 10:30 begint de les')).toEqual(['Om 10:30 begint de les']);
  });

  it('counts Dutch diphthongs as one syllable', () => {
    expect(syllables('huis', 'nl')).toBe(1);
    expect(syllables('vriendschap', 'nl')).toBe(2);
    expect(syllables('telefoon', 'nl')).toBe(3);
    expect(syllables('privacy', 'en')).toBe(3);
    expect(syllables('make', 'en')).toBe(1);
  });

  it('gives plain short text a high reading ease and long words a low one', () => {
    const plain = measure(['Ik bel mijn zus.', 'Zij helpt mij.'], 'nl');
    const hard = measure(['Privacyinstellingenmogelijkheden verantwoordelijkheidsgevoel communicatievaardigheden.'], 'nl');
    expect(plain.averageSentenceLength).toBe(3.5);
    expect(plain.readingEase).toBeGreaterThan(80);
    expect(hard.readingEase).toBeLessThan(0);
  });
});

const text = (paragraph: string, trainer = ''): ModuleText => ({
  id: 'proef',
  lang: 'nl',
  title: 'Proef',
  summary: 'Een test.',
  sections: [
    {
      title: null,
      blocks: [
        { t: 'p', c: [paragraph] },
        { t: 'trainer', c: [{ t: 'p', c: [trainer] }] },
        { t: 'scenario', id: 's', prompt: [{ t: 'p', c: ['Wat doe je?'] }], choices: [{ label: ['Ik wacht.'], feedback: ['Goed.'] }] },
      ],
    },
  ],
});

describe('check:content', () => {
  it('measures what clients read, not the trainer notes', () => {
    const units = clientTextUnits(text('Korte zin.', 'Dit is voor de trainer.'));
    expect(units).toEqual(['Proef', 'Een test.', 'Korte zin.', 'Wat doe je?', 'Ik wacht.', 'Goed.']);
  });

  it('names the file and the sentence that is too long', () => {
    const long =
      'Dit is een heel erg lange zin met veel te veel woorden die maar doorgaat en doorgaat zonder dat er ooit een punt komt om even adem te halen.';
    const report = checkText('modules/proef/nl.md', text(`${long} Kort.`));
    expect(report.problems).toContainEqual(
      expect.stringMatching(/^modules\/proef\/nl\.md: this sentence has 29 words \(at most 25\): "Dit is een heel erg lange zin/),
    );
    expect(checkText('modules/proef/nl.md', text('Ik kies zelf. Dat is fijn.')).problems).toEqual([]);
  });

  it('names a page that is too long for a phone, and does not count its exercises as text', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');
    const scenario = (id: string): Block => ({ t: 'scenario', id, prompt: [{ t: 'p', c: [words(80)] }], choices: [] });
    const page = (blocks: Block[]): ModuleText => ({ ...text(''), sections: [{ title: 'Een pagina', blocks }] });

    expect(longPages('modules/proef/nl.md', page([{ t: 'p', c: [words(148)] }, scenario('a'), scenario('b')]))).toEqual([]);
    expect(longPages('modules/proef/nl.md', page([{ t: 'p', c: [words(149)] }]))).toEqual([
      'modules/proef/nl.md: page 1 ("Een pagina") has 151 words besides its exercises (at most 150). Fix: split it with a "## heading"',
    ]);
    expect(longPages('modules/proef/nl.md', page([scenario('a'), scenario('b'), scenario('c')]))).toEqual([
      'modules/proef/nl.md: page 1 ("Een pagina") has 3 exercises (at most 2). Fix: split it with a "## heading"',
    ]);
  });
});
