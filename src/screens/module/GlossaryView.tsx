import { useMemo, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { blocksText } from '../../content/text.ts';
import type { GlossaryTerm, ModuleText } from '../../content/types.ts';
import { TextBlocks } from '../../ui/RichText.tsx';
import { Blocks } from './Blocks.tsx';
import { useScreen } from '../../ui/screen.ts';
import { findModule } from '../../content/workbook.ts';
import { ModulePicture } from '../../ui/ModulePicture.tsx';
import { ReadAloudButton } from '../../read-aloud/ReadAloudButton.tsx';

/** The glossary: every word on one page, with a search box. */
export function GlossaryView({ text, isFallback }: { text: ModuleText; isFallback: boolean }) {
  const t = useT();
  useScreen(text.title);
  const [query, setQuery] = useState('');
  const meta = findModule(text.id);
  const intro = text.sections[0]?.title === null ? text.sections[0] : undefined;
  const terms = useMemo(
    () =>
      text.sections
        .flatMap((s) => s.blocks)
        .filter((b): b is GlossaryTerm => b.t === 'definition')
        .map((term) => ({ term, haystack: [term.name, ...term.also, ...blocksText(term.c)].join(' ').toLowerCase() })),
    [text],
  );
  const needle = query.trim().toLowerCase();
  const shown = needle ? terms.filter((entry) => entry.haystack.includes(needle)) : terms;
  return (
    <main id="main" class="page glossary">
      <h1>{text.title}</h1>
      <ReadAloudButton part="page" />
      {meta && <ModulePicture module={meta} size="page" />}
      {isFallback && <p class="notice">{t('module.onlyDutch')}</p>}
      {intro && <Blocks moduleId={text.id} blocks={intro.blocks} />}
      <div class="search">
        <label for="glossary-search">{t('glossary.search')}</label>
        <input id="glossary-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
      </div>
      <p role="status" class="hint">
        {t('glossary.count', { count: shown.length })}
      </p>
      <dl lang={text.lang}>
        {shown.map(({ term }) => (
          <div key={term.id} class="definition" id={`term-${term.id}`}>
            <dt>{term.name}</dt>
            <dd>
              <TextBlocks blocks={term.c} />
            </dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
