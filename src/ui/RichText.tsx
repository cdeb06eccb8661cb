// Renders compiled module text. All of it is built as Preact elements: nothing is ever
// inserted as HTML, so neither module files nor answers can add markup to the page.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';
import { inlineText } from '../content/text.ts';
import type { Inline, TextBlock } from '../content/types.ts';
import { GlossaryTerm, TermSlot } from './GlossaryTerm.tsx';

/** True inside the print booklet: links show their address, glossary words are plain words. */
export const OnPaper = createContext(false);

export function Inlines({ content }: { content: readonly Inline[] }) {
  const onPaper = useContext(OnPaper);
  return <>{content.map((part, index) => (onPaper ? paperInline(part, index) : renderInline(part, index)))}</>;
}

function paperInline(part: Inline, key: number): ComponentChildren {
  if (typeof part === 'string' || (part.t !== 'link' && part.t !== 'term')) return renderInline(part, key);
  if (part.t === 'term') {
    return (
      <span key={key} class="pb-term">
        <Inlines content={part.c} />
      </span>
    );
  }
  const address = shortAddress(part.href);
  return (
    <span key={key} class="pb-link">
      <Inlines content={part.c} />
      {!part.href.startsWith('tel:') && address !== inlineText(part.c) && address !== '' && <span class="pb-address"> ({address})</span>}
    </span>
  );
}

function renderInline(part: Inline, key: number): ComponentChildren {
  if (typeof part === 'string') return part;
  switch (part.t) {
    case 'strong':
      return (
        <strong key={key}>
          <Inlines content={part.c} />
        </strong>
      );
    case 'em':
      return (
        <em key={key}>
          <Inlines content={part.c} />
        </em>
      );
    case 'code':
      return <code key={key}>{part.v}</code>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return (
        <a key={key} href={part.href} {...linkTarget(part.href)} rel="noopener noreferrer" data-print-href={shortAddress(part.href)}>
          <Inlines content={part.c} />
        </a>
      );
    case 'term':
      return (
        <GlossaryTerm key={key} id={part.id}>
          <Inlines content={part.c} />
        </GlossaryTerm>
      );
  }
}

/** A readable address for print: "https://www.example.org/page" → "example.org/page". */
export function shortAddress(href: string): string {
  return href
    .replace(/^(https?:\/\/)?(www\.)?/, '')
    .replace(/^(mailto|tel):/, '')
    .replace(/\/$/, '');
}

export function TextBlocks({ blocks }: { blocks: readonly TextBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <TextBlockView key={index} block={block} />
      ))}
    </>
  );
}

/**
 * The heading level of the screen part that module text sits in. A "###" in a module file is
 * one level below it, so headings never skip a level (h1 page title → h2 in the text).
 */
export const HeadingLevel = createContext(1);

function Heading({ level, children }: { level: 3 | 4; children: ComponentChildren }) {
  const base = useContext(HeadingLevel);
  const Tag = `h${Math.min(base + level - 2, 6)}` as 'h2';
  return <Tag>{children}</Tag>;
}

/** A paragraph, with the explanations of its open glossary words below it (not inside the sentence). */
function Paragraph({ content }: { content: readonly Inline[] }) {
  const [panels, setPanels] = useState<ReadonlyMap<string, ComponentChildren>>(new Map());
  // Stable, and a no-op when nothing changes: a term calls it on every render of its own.
  const place = useCallback(
    (id: string, panel: ComponentChildren | null) =>
      setPanels((old) => {
        if (panel === null && !old.has(id)) return old;
        const next = new Map(old);
        if (panel === null) next.delete(id);
        else next.set(id, panel);
        return next;
      }),
    [],
  );
  return (
    <>
      <p>
        <TermSlot.Provider value={place}>
          <Inlines content={content} />
        </TermSlot.Provider>
      </p>
      {[...panels.values()]}
    </>
  );
}

export function TextBlockView({ block }: { block: TextBlock }) {
  switch (block.t) {
    case 'p':
      return <Paragraph content={block.c} />;
    case 'h':
      return (
        <Heading level={block.level}>
          <Inlines content={block.c} />
        </Heading>
      );
    case 'ul':
    case 'ol': {
      const List = block.t;
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <TextBlocks blocks={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <TextBlocks blocks={block.c} />
        </blockquote>
      );
    case 'hr':
      return <hr />;
  }
}

/**
 * Links to other websites open in a new tab, so the workbook page is not left behind in this
 * tab's history (where Back would bring it up again on a shared tablet).
 */
export function linkTarget(href: string): { target?: '_blank' } {
  return /^https?:/i.test(href) ? { target: '_blank' } : {};
}
