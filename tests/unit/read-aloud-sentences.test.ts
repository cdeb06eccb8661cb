import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/read-aloud/sentences.ts';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('cuts after a full stop, question mark or exclamation mark followed by a new sentence', () => {
    expect(sentencesOf('Je bent niet alleen. Wat helpt jou? Probeer het maar!  Het mag.')).toEqual([
      'Je bent niet alleen.',
      'Wat helpt jou?',
      'Probeer het maar!',
      'Het mag.',
    ]);
  });

  it('does not cut after Dutch abbreviations such as "bijv." and "o.a."', () => {
    expect(sentencesOf('Denk bijv. aan Instagram. Of o.a. WhatsApp en d.w.z. Signal. Dat is alles.')).toEqual([
      'Denk bijv. aan Instagram.',
      'Of o.a. WhatsApp en d.w.z. Signal.',
      'Dat is alles.',
    ]);
  });

  it('ends a sentence after a number such as "112." and keeps decimals and times whole', () => {
    expect(sentencesOf('Bel in nood 112. Bel bij gedachten aan zelfdoding 113. Dat kan om 10.30 uur of later.')).toEqual([
      'Bel in nood 112.',
      'Bel bij gedachten aan zelfdoding 113.',
      'Dat kan om 10.30 uur of later.',
    ]);
  });

  it('does not cut where the next word goes on in lower case, or after an initial', () => {
    expect(sentencesOf('Dat is o.k. voor jou. Vraag het J. de Vries. Ja.')).toEqual([
      'Dat is o.k. voor jou.',
      'Vraag het J. de Vries.',
      'Ja.',
    ]);
  });

  it('keeps closing quotes with their sentence and gives offsets into the text', () => {
    const text = ' Ze zei: "Stop." Toen ging ze weg. ';
    expect(sentencesOf(text)).toEqual(['Ze zei: "Stop."', 'Toen ging ze weg.']);
    expect(splitSentences(text)[0]).toEqual({ start: 1, end: 16 });
  });

  it('reads a text without an end mark as one sentence, and nothing as nothing', () => {
    expect(sentencesOf('Mijn mensen')).toEqual(['Mijn mensen']);
    expect(sentencesOf('   ')).toEqual([]);
  });
});
