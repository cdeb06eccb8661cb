// The small pieces every part of the booklet is made of: units, boxes, module text on paper.
// Everything is built as Preact elements: no module text or answer is ever read as HTML.
import type { VNode } from 'preact';
import type { GlossaryTerm, Inline, Language, TextBlock } from '../../content/types.ts';
import { keepPhonesWhole } from '../../ui/PhoneText.tsx';
import { Inlines, OnPaper } from '../../ui/RichText.tsx';
import type { Piece, Unit } from './types.ts';

export function answerKeyOf(moduleId: string, exerciseId: string): string {
  return `${moduleId}/${exerciseId}`;
}

export interface UnitOptions {
  keep?: boolean;
  className?: string;
  group?: string;
}

export function unit(key: string, render: () => VNode, { keep = false, className = '', group }: UnitOptions = {}): Unit {
  return { key, keep, className, group, render };
}

/** Pieces of one box (story, trainer note, exercise…): each a unit, drawn as one box together. */
export function boxUnits(key: string, variant: string, pieces: readonly Piece[], lang?: Language): Unit[] {
  return pieces.map((piece, index) => {
    const first = index === 0;
    const last = index === pieces.length - 1;
    const place = `${first ? ' box-first' : ''}${last ? ' box-last' : ''}`;
    return unit(
      `${key}-${index}`,
      () => (
        <div class={`pb-box pb-${variant} gap-${piece.gap}${place}`} lang={lang}>
          {piece.render()}
        </div>
      ),
      {
        keep: piece.keep && !last,
        className: `pu-seg${first ? ' pu-seg-first' : ''}${last ? ' pu-seg-last' : ''}`,
        group: pieces.length > 1 ? key : undefined,
      },
    );
  });
}

/** A text block in pieces that can go on a new page: a list goes item by item. */
export function textPieces(block: TextBlock, depth: number): Piece[] {
  if (block.t === 'ul' || block.t === 'ol') {
    const List = block.t;
    return block.items.map((item, index) => ({
      keep: false,
      gap: index === block.items.length - 1 ? 'block' : 'item',
      render: () => (
        <List class={`pb-list${index === block.items.length - 1 ? ' pb-list-end' : ''}`} start={List === 'ol' ? index + 1 : undefined}>
          <li>
            <PrintBlocks blocks={item} depth={depth} />
          </li>
        </List>
      ),
    }));
  }
  return [{ keep: block.t === 'h' || isBoldLine(block), gap: 'block', render: () => <PrintBlock block={block} depth={depth} /> }];
}

/** A paragraph that is only bold text works as a small heading ("**Goal**" in trainer notes). */
export function isBoldLine(block: TextBlock): boolean {
  return block.t === 'p' && block.c.length === 1 && typeof block.c[0] === 'object' && block.c[0].t === 'strong';
}

export function WritingLines({ count }: { count: number }) {
  return (
    <div class="pb-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} class="pb-line" />
      ))}
    </div>
  );
}

export function Mark({ on, shape = 'box' }: { on: boolean; shape?: 'box' | 'circle' }) {
  return (
    <span class={`pb-mark pb-mark-${shape}${on ? ' on' : ''}`} aria-hidden="true">
      {on ? '✓' : ''}
    </span>
  );
}

export function Field({ label, value, wide = false }: { label: string; value: string; wide?: boolean }) {
  return (
    <p class={`pb-field${wide ? ' wide' : ''}`}>
      <span class="pb-field-label">{label}</span>
      <span class="pb-field-value">{value || '\u00a0'}</span>
    </p>
  );
}

export function Definition({ term, lang }: { term: GlossaryTerm; lang: Language }) {
  return (
    <div class="pb-definition" lang={lang}>
      <p class="pb-definition-name">{term.name}</p>
      <PrintBlocks blocks={term.c} depth={1} />
    </div>
  );
}

// ——— Other chapters ———

/** Module text for paper: links as readable addresses, glossary words as plain words. */
export function PrintInlines({ content }: { content: readonly Inline[] }) {
  return (
    <OnPaper.Provider value={true}>
      <Inlines content={keepPhonesWhole(content)} />
    </OnPaper.Provider>
  );
}

export function PrintBlocks({ blocks, depth }: { blocks: readonly TextBlock[]; depth: number }) {
  return (
    <>
      {blocks.map((block, index) => (
        <PrintBlock key={index} block={block} depth={depth} />
      ))}
    </>
  );
}

/** depth 0: in the running text of a module (### is h4); deeper: inside a box (no headings). */
export function PrintBlock({ block, depth }: { block: TextBlock; depth: number }) {
  switch (block.t) {
    case 'p':
      return (
        <p>
          <PrintInlines content={block.c} />
        </p>
      );
    case 'h': {
      if (depth > 0)
        return (
          <p class="pb-subheading">
            <PrintInlines content={block.c} />
          </p>
        );
      const Tag = block.level === 3 ? 'h4' : 'h5';
      return (
        <Tag>
          <PrintInlines content={block.c} />
        </Tag>
      );
    }
    case 'ul':
    case 'ol': {
      const List = block.t;
      return (
        <List class="pb-list pb-list-end">
          {block.items.map((item, index) => (
            <li key={index}>
              <PrintBlocks blocks={item} depth={depth + 1} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <PrintBlocks blocks={block.c} depth={depth + 1} />
        </blockquote>
      );
    case 'hr':
      return <hr />;
  }
}
