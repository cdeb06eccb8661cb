import { describe, expect, it } from 'vitest';
import { pageSentences } from '../../src/read-aloud/page-text.ts';

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  // Test markup only (the app renders its pages with Preact).
  main.innerHTML = html;
  document.body.replaceChildren(main);
  return main;
}

describe('pageSentences', () => {
  it('reads a page block by block, sentence by sentence, in the language of each part', () => {
    const main = page(`
      <p class="module-title">Privacy en veiligheid</p>
      <h1>Hulp bij nood</h1>
      <div lang="nl">
        <p>Bel in nood <strong>112.</strong> Denk bijv. aan een ongeluk. Bel <button class="term">113</button> bij gedachten aan zelfdoding.</p>
        <span class="term-explained"><strong>113:</strong> De hulplijn. Dag en nacht.</span>
        <ul><li>Mijn mensen</li></ul>
        <section class="exercise">
          <div class="read-aloud"><button>Lees voor</button></div>
          <label><input type="checkbox"> Ja, dat wil ik.</label>
          <textarea>wat ik zelf schreef</textarea>
          <p class="visually-hidden">Verborgen.</p>
          <p aria-hidden="true">Ook verborgen.</p>
        </section>
      </div>
      <p lang="en">Only in English. Sorry.</p>
      <nav><button>Volgende</button></nav>`);
    const sentences = pageSentences(main, 'nl');
    expect(sentences.map((s) => s.text)).toEqual([
      'Hulp bij nood',
      'Bel in nood 112.',
      'Denk bijv. aan een ongeluk.',
      'Bel 113 bij gedachten aan zelfdoding.',
      '113: De hulplijn.',
      'Dag en nacht.',
      'Mijn mensen',
      'Ja, dat wil ik.',
      'Only in English.',
      'Sorry.',
    ]);
    expect(sentences.map((s) => s.lang)).toEqual(['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'en', 'en']);
  });

  it('gives each sentence a range over the page text, across inline elements', () => {
    const main = page('<p>Eerst dit. Dan <em>dat</em> en <strong>nog iets</strong>. Klaar!</p>');
    const [, second, third] = pageSentences(main, 'nl');
    expect(second?.range.toString()).toBe('Dan dat en nog iets.');
    expect(third?.range.toString()).toBe('Klaar!');
    expect(second?.block).toBe(main.querySelector('p'));
  });
});
