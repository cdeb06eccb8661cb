import type { GlossaryTerm, ModuleText } from '../../../content/types.ts';
import { Definition, unit } from '../paper.tsx';
import type { BookletInput, Chapter, Unit } from '../types.ts';

export function glossaryChapter(text: ModuleText, input: BookletInput): Chapter {
  const id = 'glossary';
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head" lang={text.lang}>
          <h2 class="pb-chapter-title">{text.title}</h2>
          <p class="pb-summary" lang={input.language}>
            {input.t('print.glossaryIntro')}
          </p>
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
  ];
  text.sections.forEach((section, sectionIndex) => {
    const terms = section.blocks.filter((block): block is GlossaryTerm => block.t === 'definition');
    if (terms.length === 0) return;
    const title = section.title;
    if (title) units.push(unit(`${id}-s${sectionIndex}`, () => <h3 lang={text.lang}>{title}</h3>, { keep: true, className: 'pu-section' }));
    terms.forEach((term) =>
      units.push(unit(`${id}-${term.id}`, () => <Definition term={term} lang={text.lang} />, { className: 'pu-definition' })),
    );
  });
  return { id, kind: 'glossary', title: text.title, lang: text.lang, units };
}
